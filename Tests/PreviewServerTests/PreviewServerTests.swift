import Testing

/// Every preview test. They run one after another: each starts a real server, a watcher and
/// builds, and running them all at once on a small machine would only make them (and the other
/// test targets' timing-sensitive tests running beside them) slower and flakier.
@Suite("Preview server", .serialized)
struct PreviewServerTests {}
