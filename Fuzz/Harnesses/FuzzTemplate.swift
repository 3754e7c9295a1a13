import Foundation

/// The template engine on arbitrary bytes: the first line is the data (JSON), the rest the template.
/// Any input may be refused with an error; none may crash, hang or read out of bounds.
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let split = bytes.firstIndex(of: 0x0A) ?? count
    let data = (try? TemplateValue(json: Data(bytes[..<split]))) ?? .object(["name": .string("<b>&</b>"), "items": .array([.int(1)])])
    let text = String(decoding: bytes[min(split + 1, count)...], as: UTF8.self)
    let library = TemplateLibrary(sources: ["partial": text, "other": "{{name}}{{> partial}}"])
    guard let template = try? Template(text, name: "fuzz") else { return 0 }
    _ = try? template.render(data, library: library)
    _ = try? template.render(data, library: library, options: RenderOptions(strict: true))
    return 0
}
