import Foundation

/// A small site folder beside a secret file, so that an escape shows as a resolution outside it.
private let site: (folder: SiteFolder, root: String)? = {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-preview-\(getpid())")
    let root = base.appendingPathComponent("site")
    let manager = FileManager.default
    do {
        try manager.createDirectory(at: root.appendingPathComponent("orders/abc"), withIntermediateDirectories: true)
        try Data("page".utf8).write(to: root.appendingPathComponent("orders/abc/index.html"))
        try Data("css".utf8).write(to: root.appendingPathComponent("style.css"))
        try Data("hidden".utf8).write(to: root.appendingPathComponent(".manifest.json"))
        try Data("secret".utf8).write(to: base.appendingPathComponent("secret.txt"))
        try? manager.createSymbolicLink(at: root.appendingPathComponent("escape"), withDestinationURL: base)
    } catch {
        return nil
    }
    guard let folder = SiteFolder(root) else { return nil }
    return (folder, folder.root)
}()

/// A request target's path (and query, after the first "?") as a browser or an attacker could
/// send it: whatever it is, it resolves to a file inside the site folder, not hidden, or to nothing.
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let site else { fatalError("cannot make the site folder") }
    let target = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    let path = String(parts[0])
    let query = parts.count > 1 ? String(parts[1]) : nil
    switch site.folder.resolve(rawPath: path, query: query) {
    case .file(let file, let segments):
        guard file.hasPrefix(site.root + "/") else { fatalError("\(target.debugDescription) resolved outside: \(file)") }
        guard !segments.contains(where: { $0.hasPrefix(".") || $0.contains("/") }) else {
            fatalError("\(target.debugDescription) resolved through a refused segment: \(segments)")
        }
        guard !file.dropFirst(site.root.count).split(separator: "/").contains(where: { $0.hasPrefix(".") }) else {
            fatalError("\(target.debugDescription) resolved to a hidden file: \(file)")
        }
    case .redirect(let location):
        guard location.hasPrefix(path) else { fatalError("\(target.debugDescription) redirected elsewhere: \(location)") }
    case .notFound:
        break
    }
    return 0
}
