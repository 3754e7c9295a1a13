import Foundation
import TestSupport
import Testing

@testable import SiteGenerator

@Suite("Pages in the store's language")
struct LocalizedSiteTests {
    static let id = "17a1a400000000000000000000000001"

    /// An order with a one-download asset, a five-download one, sizes as bytes and as text.
    static let order = """
        {"order": {"order_number": 1201, "lines": [{"product": {"name": "Guida alla pasta fresca", "vendor": "Casa Editrice"},
          "assets": [
            {"limits": {"downloaded": 0, "limit": 1}, "data": {"filename": "guida.pdf", "size": 1200000000, "is_file": true,
              "url": "https://example.com/guida.pdf"}},
            {"limits": {"downloaded": 2, "limit": 5}, "data": {"filename": "ricette.zip", "size": "1.5gb", "is_file": true,
              "url": "https://example.com/ricette.zip"}},
            {"limits": {"downloaded": 1, "limit": null}, "data": {"filename": "video", "size": 1, "is_link": true,
              "url": "https://example.com/video"}}]}],
          "assets": []},
         "text": {"title": "Grazie del tuo acquisto!", "text": "Buona lettura."}}
        """

    /// The order's page built in `locale` (read before the scratch folder goes).
    func build(locale: String) async throws -> PageDocument {
        let scratch = try Scratch(copyingSamples: false)
        try scratch.saveResponse(Self.order, id: Self.id)
        let summary = try await scratch.build([Self.id]) { $0.locale = locale }
        #expect(summary.failed == 0)
        return try scratch.page(Self.id)
    }

    @Test("an Italian page: lang, headings, buttons, sizes with a comma, singular and plural usage")
    func italianPage() async throws {
        let page = try await build(locale: "it")
        #expect(try page.text("/html/@lang") == "it")
        #expect(try page.text("//h1") == "Grazie del tuo acquisto!", "the merchant's own title is never translated")
        #expect(try page.text("//h2[@class='order-number']") == "Ordine #1201")
        #expect(try page.text("//h2[@id='items-heading']") == "Articoli")
        #expect(try page.text("//a[@class='skip-link']") == "Vai al contenuto")
        #expect(try page.texts("//dl[@class='details']//dt") == ["Fornitore"])
        #expect(
            try page.texts("//ul[@class='assets']/li//dt") == [
                "Tipo", "Dimensione", "Download", "Tipo", "Dimensione", "Download", "Tipo", "Dimensione", "Download",
            ])
        #expect(try page.texts("//ul[@class='assets']/li//dt[.='Dimensione']/following-sibling::dd") == ["1,2 GB", "1,5 GB", "1 byte"])
        #expect(
            try page.texts("//ul[@class='assets']/li//dt[.='Download']/following-sibling::dd") == [
                "0 di 1 download usato, ne resta 1",
                "2 di 5 download usati, ne restano 3",
                "Download illimitati, 1 usato",
            ])
        #expect(try page.texts("//a[@class='button']") == ["Scarica guida.pdf", "Scarica ricette.zip", "Apri il link video"])
        #expect(try page.texts("//dd[.='File']").count == 2)
        #expect(try page.text("//p[@class='privacy-note']")?.hasPrefix("Tieni privata questa pagina") == true)
    }

    @Test("the same order in English: lang, a point in sizes, singular and plural usage")
    func englishPage() async throws {
        let page = try await build(locale: "en")
        #expect(try page.text("/html/@lang") == "en")
        #expect(try page.texts("//ul[@class='assets']/li//dt[.='Size']/following-sibling::dd") == ["1.2 GB", "1.5 GB", "1 byte"])
        #expect(
            try page.texts("//ul[@class='assets']/li//dt[.='Downloads']/following-sibling::dd") == [
                "0 of 1 download used, 1 left",
                "2 of 5 downloads used, 3 left",
                "Unlimited downloads, 1 used",
            ])
    }

    @Test("German, French and Spanish pages name their language and write sizes with a comma", arguments: ["de", "fr", "es"])
    func otherLanguages(locale: String) async throws {
        let page = try await build(locale: locale)
        #expect(try page.text("/html/@lang") == locale)
        #expect(page.html.contains("1,2 GB"))
        #expect(page.html.contains("1,5 GB"))
        #expect(!page.html.contains("Downloads used"))
    }

    @Test("every sample order renders in every language with the default theme", arguments: ["de", "en", "es", "fr", "it"])
    func samplesInEveryLanguage(locale: String) async throws {
        let scratch = try Scratch()
        let summary = try await scratch.build(SampleID.all) { $0.locale = locale }
        #expect(summary.failed == 0)
        for id in SampleID.all {
            let page = try scratch.page(id)
            #expect(try page.text("/html/@lang") == locale)
            #expect(page.html.firstMatch(of: /\{[a-z_]+\}/) == nil, "no placeholder is left unfilled in \(id)")
        }
    }

    @Test("an unknown locale is refused before anything is written")
    func unknownLocale() async throws {
        let scratch = try Scratch()
        let error = await #expect(throws: SiteBuildError.self) {
            try await scratch.build(SampleID.all) { $0.locale = "xx" }
        }
        guard case .strings(.unknownLocale("xx", let available))? = error else {
            Issue.record("expected an unknown locale, got \(String(describing: error))")
            return
        }
        #expect(available == ["de", "en", "es", "fr", "it"])
        #expect(error?.description.contains("available are de, en, es, fr, it") == true)
        #expect(!FileManager.default.fileExists(atPath: scratch.output.path))
    }

    @Test("strings given by the caller win over the folder's, and set the page's language")
    func givenStrings() async throws {
        let scratch = try Scratch()
        let summary = try await scratch.build([SampleID.apiDocExample]) { $0.strings = try? ThemeStrings.theme("fr") }
        #expect(summary.failed == 0)
        let page = try scratch.page(SampleID.apiDocExample)
        #expect(try page.text("/html/@lang") == "fr")
        #expect(try page.text("//h2[@id='items-heading']") == "Articles")
    }
}
