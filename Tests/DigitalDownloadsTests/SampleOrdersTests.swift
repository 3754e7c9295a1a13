import Foundation
import Testing

@testable import DigitalDownloads

@Suite struct SampleOrdersTests {
    @Test(arguments: SampleID.all)
    func everySampleDecodes(id: String) throws {
        let response = try decodeSample(id)
        #expect(response.order.orderNumber > 0)
        let unlinked = response.order.allAssets.filter { $0.data.link == nil }.map(\.data.filename)
        // One sample shows, on purpose, the page of an asset whose URL is not http(s).
        #expect(unlinked == (id == SampleID.limitsAndUnavailable ? ["Masterclass-Workbook.pdf"] : []))
    }

    @Test func sampleFolderHoldsExactlyTheKnownSamplesWithHexIDs() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: sampleOrdersDirectory.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
        #expect(names == SampleID.all.map { "\($0).json" }.sorted())
        for id in SampleID.all {
            #expect(id.count == 32)
            #expect(id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        }
        #expect(Set(SampleID.all).count == SampleID.all.count)
    }

    @Test func sampleFilesArePrettyPrinted() throws {
        for id in SampleID.all {
            let text = String(decoding: try sampleData(id), as: UTF8.self)
            #expect(text.contains("\n    \"order\": {"), "\(id).json is not pretty-printed")
        }
    }

    @Test func unicodeSampleKeepsTextIntact() throws {
        let response = try decodeSample(SampleID.unicode)
        let lines = response.order.lines
        #expect(
            lines.map(\.product.name) == [
                "Ricettario della Nonna — Edizione Illustrata",
                "東京の夜 — 写真集",
                "🎧 Lo-fi Beats Vol. 2 🌙",
            ])
        #expect(lines[0].product.vendor == "Libreria Città di Castello")
        #expect(lines[0].product.tags == ["libri", "cucina", "ricette più amate"])
        #expect(lines[1].product.vendor == "出版社さくら")
        #expect(lines[1].product.tags == ["写真", "東京", "夜景"])
        #expect(lines[2].product.tags.last == "🎵")
        #expect(lines[1].assets[0].data.filename == "東京の夜_写真集.zip")
        #expect(lines[1].assets[0].data.size?.formatted == "1.2 GB")
        #expect(response.order.assets[0].data.filename == "Grazie! ありがとう 🙏.pdf")
        #expect(response.order.assets[0].data.size?.formatted == "350 kB")
        #expect(response.text?.title == "I tuoi download · ダウンロード 📥")
    }

    @Test func nullsAndMissingSampleFallsBackEverywhere() throws {
        let response = try decodeSample(SampleID.nullsAndMissing)
        let order = response.order
        #expect(order.orderNumber == 1093)  // sent as the string "1093"
        #expect(order.assets.isEmpty)  // key absent

        let planner = order.lines[0]
        #expect(planner.product.id == nil)
        #expect(planner.product.variantName == nil)
        #expect(planner.product.sku == nil)
        #expect(planner.product.productID == nil)
        #expect(planner.product.variantID == 41122334455667)
        #expect(planner.product.vendor == nil)
        #expect(planner.product.tags.isEmpty)
        #expect(planner.assets[0].limits == DownloadLimits(downloaded: 0, limit: nil))
        #expect(planner.assets[0].data.size == nil)
        #expect(planner.assets[0].data.isFile == true)
        #expect(planner.assets[0].data.isLink == nil)

        let photos = order.lines[1]
        #expect(photos.product.variantName == "Default Title")
        #expect(photos.product.displayVariantName == nil)
        #expect(photos.product.sku == nil)  // "" reads as absent
        #expect(photos.product.tags.isEmpty)
        #expect(photos.assets[0].limits == .none)  // no "limits" key
        #expect(
            photos.assets[0].data
                == AssetData(
                    filename: "stock-photo-pack.zip",
                    url: "https://cdn.pixelharbor.example/packs/stock-photo-pack.zip"
                ))

        let giftCard = order.lines[2]
        #expect(giftCard.product.id == nil)
        #expect(giftCard.product.variantName == nil)
        #expect(giftCard.product.productID == 7001122334456)
        #expect(giftCard.assets.isEmpty)  // "assets": null

        #expect(response.text == StoreText(title: nil, text: nil))
    }

    @Test func limitsSampleHasAReachedAndAnUnlimitedAsset() throws {
        let order = try decodeSample(SampleID.limitsAndByteSizes).order
        let video = order.lines[0].assets[0]
        #expect(video.limits == DownloadLimits(downloaded: 3, limit: 3))
        #expect(video.limits.isLimitReached)
        #expect(video.limits.remaining == 0)
        #expect(video.data.size == .bytes(1_536_000_000))
        #expect(video.data.size?.formatted == "1.5 GB")

        let schedule = order.lines[0].assets[1]
        #expect(schedule.limits.isUnlimited)
        #expect(!schedule.limits.isLimitReached)
        #expect(schedule.limits.remaining == nil)
        #expect(schedule.data.size == .bytes(52_428_800))
        #expect(schedule.data.size?.formatted == "52.4 MB")

        #expect(order.assets[0].data.size?.formatted == "512 bytes")
    }

    @Test func limitsAndUnavailableSampleHasEveryUsageState() throws {
        let order = try decodeSample(SampleID.limitsAndUnavailable).order
        let limits = order.allAssets.map(\.limits)
        #expect(limits.contains(DownloadLimits(downloaded: 4, limit: 5)), "exactly one left")
        #expect(limits.contains(DownloadLimits(downloaded: 5, limit: 5)), "the limit reached")
        #expect(limits.contains(DownloadLimits(downloaded: 0, limit: 1)), "a limit of one")
        #expect(limits.contains(DownloadLimits(downloaded: 1, limit: nil)), "unlimited")
        #expect(order.allAssets.contains { $0.data.url?.hasPrefix("ftp://") == true })
    }

    @Test func orderFilesOnlySampleHasNoLineAssetsAndNoText() throws {
        let response = try decodeSample(SampleID.orderFilesOnly)
        #expect(response.order.lines.allSatisfy { $0.assets.isEmpty })
        #expect(response.order.assets.count == 2)
        #expect(response.text == nil)
        #expect(!String(decoding: try sampleData(SampleID.orderFilesOnly), as: UTF8.self).contains("\"text\""))
    }

    @Test func rightToLeftAndLongNamesSamplesHoldWhatTheyPromise() throws {
        let rightToLeft = try decodeSample(SampleID.rightToLeft)
        let hebrewOrArabic = { (text: String) in text.unicodeScalars.contains { (0x0590...0x06FF).contains($0.value) } }
        #expect(rightToLeft.order.lines.map(\.product.name).allSatisfy(hebrewOrArabic))
        let long = try decodeSample(SampleID.longNames).order.lines[0].assets[0].data.filename
        #expect(long?.count == 300)
        #expect(long?.contains(" ") == false)
    }

    @Test func noFilesSampleHasNoAssets() throws {
        let order = try decodeSample(SampleID.noFiles).order
        #expect(order.lines.count == 2)
        #expect(order.lines.allSatisfy { $0.assets.isEmpty })
        #expect(order.assets.isEmpty)
        #expect(!order.hasAssets)
        #expect(order.allAssets.isEmpty)
    }

    @Test func markdownSampleKeepsTheTextVerbatim() throws {
        let text = try #require(try decodeSample(SampleID.markdown).text?.text)
        #expect(text.hasPrefix("## Getting started\n\n"))
        #expect(text.contains("**brushes**"))
        #expect(text.contains("*five times*"))
        #expect(text.contains("- Open it on your iPad\n"))
        #expect(text.contains("[installation guide](https://www.inkwell-studio.example/help/install)"))
        // Decoding must not sanitise: dropping the script is the renderer's job, and it needs to see it.
        #expect(text.contains("<script>alert('this must never run');</script>"))
    }
}
