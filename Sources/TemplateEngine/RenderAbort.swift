/// Stops a render at once: templates nested too deep, or a lambda's result failed to parse.
///
/// The diagnostic is boxed so that the error is a single reference: the renderer recurses once
/// per nesting level, and every `try` on that path reserves room for the error in its stack
/// frame, so a large error would make each level cost far more stack in a debug build.
struct RenderAbort: Error {
    private final class Box: Sendable {
        let diagnostic: TemplateDiagnostic
        init(_ diagnostic: TemplateDiagnostic) { self.diagnostic = diagnostic }
    }

    private let box: Box

    init(diagnostic: TemplateDiagnostic) {
        box = Box(diagnostic)
    }

    var diagnostic: TemplateDiagnostic { box.diagnostic }
}
