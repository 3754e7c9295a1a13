import Foundation

/// The built-in theme's compiled page template and English words, made once for every input.
private let theme: (library: TemplateLibrary, template: Template, strings: ThemeStrings)? = {
    guard let theme = try? Theme(templatesFolder: nil, publicFolder: nil),
        let library = try? theme.templateLibrary(),
        let template = try? library.compiled("order"),
        let strings = try? theme.strings(locale: "en")
    else { return nil }
    return (library, template, strings)
}()

/// An order response as the API (or a saved file) could send it, through decoding, the page
/// model and the built-in theme: errors are fine, a crash or a hang is not.
@_cdecl("LLVMFuzzerTestOneInput")
public func test(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let theme else { fatalError("the built-in theme does not compile") }
    let body = Data(bytes: start, count: count)
    guard let response = try? CustomerAccountOrderResponse.decode(from: body, orderID: "fuzz"),
        let id = try? OrderID("fuzz")
    else { return 0 }
    let page = OrderPage(id: id, response: response, strings: theme.strings)
    _ = try? theme.template.render(page.context, library: theme.library)
    return 0
}
