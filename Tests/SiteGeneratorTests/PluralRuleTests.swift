import DigitalDownloads
import Testing

@testable import SiteGenerator

@Suite("Plural forms: CLDR one/other per language")
struct PluralRuleTests {
    @Test(
        "one for exactly 1 in en, de, it, es; for 0 and 1 in fr",
        arguments: [
            ("en", [PluralCategory.other, .one, .other, .other]),
            ("de", [.other, .one, .other, .other]),
            ("it", [.other, .one, .other, .other]),
            ("es", [.other, .one, .other, .other]),
            ("fr", [.one, .one, .other, .other]),
            ("fr-CA", [.one, .one, .other, .other]),
            ("pt", [.other, .one, .other, .other]),
        ])
    func categories(locale: String, expected: [PluralCategory]) {
        let rule = PluralRule(locale: locale)
        #expect([0, 1, 2, 5].map(rule.category(for:)) == expected)
    }

    @Test(
        "the byte unit agrees with the count in each language's strings file",
        arguments: [
            ("en", ["0 bytes", "1 byte", "2 bytes", "5 bytes"]),
            ("de", ["0 Bytes", "1 Byte", "2 Bytes", "5 Bytes"]),
            ("it", ["0 byte", "1 byte", "2 byte", "5 byte"]),
            ("es", ["0 bytes", "1 byte", "2 bytes", "5 bytes"]),
            ("fr", ["0 octet", "1 octet", "2 octets", "5 octets"]),
        ])
    func byteUnits(locale: String, expected: [String]) throws {
        let strings = try ThemeStrings.theme(locale)
        #expect([0, 1, 2, 5].map { strings.format("size_bytes", count: $0) } == expected)
        #expect([0, 1, 2, 5].map { ByteSize.bytes(Int64($0)).formatted(style: strings.byteSizeStyle) } == expected)
    }

    @Test(
        "usage lines take the form of the number each phrase counts",
        arguments: [
            ("en", 0, 1 as Int?, "0 of 1 download used, 1 left"),
            ("en", 1, 1 as Int?, "Download limit reached: 1 of 1 used"),
            ("en", 2, 5 as Int?, "2 of 5 downloads used, 3 left"),
            ("en", 0, 2 as Int?, "0 of 2 downloads used, 2 left"),
            ("en", 1, nil as Int?, "Unlimited downloads, 1 used"),
            ("it", 0, 1 as Int?, "0 di 1 download usato, ne resta 1"),
            ("it", 1, 1 as Int?, "Limite di download raggiunto: 1 di 1 usato"),
            ("it", 2, 5 as Int?, "2 di 5 download usati, ne restano 3"),
            ("it", 4, 5 as Int?, "4 di 5 download usati, ne resta 1"),
            ("it", 0, nil as Int?, "Download illimitati, 0 usati"),
            ("it", 1, nil as Int?, "Download illimitati, 1 usato"),
            ("de", 0, 1 as Int?, "0 von 1 Download genutzt, 1 übrig"),
            ("de", 2, 5 as Int?, "2 von 5 Downloads genutzt, 3 übrig"),
            ("fr", 0, 1 as Int?, "0 sur 1 téléchargement utilisé, 1 restant"),
            ("fr", 2, 5 as Int?, "2 sur 5 téléchargements utilisés, 3 restants"),
            ("fr", 0, nil as Int?, "Téléchargements illimités, 0 utilisé"),
            ("fr", 5, nil as Int?, "Téléchargements illimités, 5 utilisés"),
            ("es", 0, 1 as Int?, "0 de 1 descarga usada, queda 1"),
            ("es", 2, 5 as Int?, "2 de 5 descargas usadas, quedan 3"),
            ("es", 5, 5 as Int?, "Límite de descargas alcanzado: 5 de 5 usadas"),
        ])
    func usage(locale: String, downloaded: Int, limit: Int?, expected: String) throws {
        let strings = try ThemeStrings.theme(locale)
        #expect(OrderPage.usage(DownloadLimits(downloaded: downloaded, limit: limit), strings: strings) == expected)
    }

    @Test("a plain string serves every count, and a plural object without 'one' uses 'other'")
    func plainAndPartialPlurals() throws {
        let strings = try ThemeStrings.load(
            locale: "en",
            layers: [stringsFile("en.json", #"{"left": "{count} left", "files": {"other": "{count} files"}}"#)], fallback: [])
        #expect(strings.format("left", count: 1) == "1 left")
        #expect(strings.format("files", count: 1) == "1 files")
        #expect(strings["files"] == "{count} files")
        #expect(strings.format("nope", count: 1) == "nope", "a missing key shows as itself")
    }
}
