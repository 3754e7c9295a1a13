import Foundation

/// Merchant Markdown through our libcmark wrapper: any text gives HTML, never a crash, and raw
/// HTML never passes through (no `<script` in the output, whatever the input).
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let offset = count > 0 ? Int(start.load(as: UInt8.self) % 4) : 0
    let html = Markdown.html(from: text, headingLevelOffset: offset)
    if html.lowercased().contains("<script") { fatalError("raw HTML passed through: \(text.debugDescription)") }
    return 0
}
