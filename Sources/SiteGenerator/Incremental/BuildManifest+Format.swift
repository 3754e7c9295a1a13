import Foundation
import JSONParsing
import SiteOutput

/// The manifest's file format, read and written by hand rather than through Codable: a site of
/// 100,000 pages has a manifest of 100,000 records, read and written on every build, and a
/// rebuild where nothing changed should cost little more than that.
///
/// ```json
/// {"version": 2,
/// "publicFiles": ["favicon.svg", "style.css"],
/// "pages": {
/// "0c73…": {"inputs": "9f0c…", "size": 10240, "modified": 1764088000123456789},
/// "b040…": {"inputs": "…", "size": 9120, "modified": 1764088000123456790, "warnings": ["…"]}
/// }}
/// ```
/// One page a line, sorted by id, so two manifests compare line by line. Version 1 (pages as a
/// list of ids) is still read: its pages are known to be the tool's, but not what made them.
extension BuildManifest {
    /// Why a manifest file could not be read (it then counts as empty).
    enum FormatError: Error {
        case notJSON(JSONSyntaxError)
        case unexpected(String)
    }

    /// The manifest in `bytes`, with only the pages and public files the checks accept (all, by
    /// default): checked while reading, so a manifest of 100,000 pages is not held twice.
    init(
        reading bytes: [UInt8], acceptingPage acceptsPage: (String) -> Bool = { _ in true },
        acceptingPublicFile acceptsPublicFile: (String) -> Bool = { _ in true }
    ) throws(FormatError) {
        if let manifest = Self.readingLines(bytes, acceptingPage: acceptsPage, acceptingPublicFile: acceptsPublicFile) {
            self = manifest
            return
        }
        try self.init(parsingJSON: bytes, acceptingPage: acceptsPage, acceptingPublicFile: acceptsPublicFile)
    }

    /// The manifest read as any JSON: what ``readingLines(_:acceptingPage:acceptingPublicFile:)``
    /// leaves to it, and the reference it is tested against.
    init(
        parsingJSON bytes: [UInt8], acceptingPage acceptsPage: (String) -> Bool = { _ in true },
        acceptingPublicFile acceptsPublicFile: (String) -> Bool = { _ in true }
    ) throws(FormatError) {
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: bytes)
        } catch {
            throw .notJSON(error)
        }
        let root = document.root
        guard document.kind(of: root) == .object else { throw .unexpected("not an object") }
        self.init()
        var version = 1
        if let node = document.member(named: "version", in: root), case .integer(let number)? = document.number(at: node) {
            version = Int(number)
        }
        if let node = document.member(named: "publicFiles", in: root) {
            for element in document.elements(of: node) where document.kind(of: element) == .string {
                let path = document.string(at: element)
                if acceptsPublicFile(path) { publicFiles.insert(path) }
            }
        }
        guard let node = document.member(named: "pages", in: root) else { return }
        if version < 2 {
            for element in document.elements(of: node) where document.kind(of: element) == .string {
                let id = document.string(at: element)
                if acceptsPage(id) { pages[id] = PageRecord() }
            }
            return
        }
        pages.reserveCapacity(document.count(of: node))
        for (key, value) in document.members(of: node) {
            let id = document.string(at: key)
            if acceptsPage(id) { pages[id] = Self.record(in: document, at: value) }
        }
    }

    /// One page's record; the parts that are missing or of the wrong type are unknown (nil), which
    /// makes the page again rather than trusting a guess.
    static func record(in document: JSONDocument, at node: Int) -> PageRecord {
        func integer(_ name: String) -> Int64? {
            guard let member = document.member(named: name, in: node), case .integer(let value)? = document.number(at: member) else {
                return nil
            }
            return value
        }
        var record = PageRecord()
        if let member = document.member(named: "inputs", in: node), document.kind(of: member) == .string {
            record.inputs = ContentDigest(hex: document.string(at: member))
        }
        if let size = integer("size"), let modified = integer("modified") {
            record.file = FileStamp(size: size, modified: modified)
        }
        if let member = document.member(named: "warnings", in: node) {
            record.warnings = document.elements(of: member).filter { document.kind(of: $0) == .string }.map { document.string(at: $0) }
        }
        return record
    }

    /// The file's bytes, in the form ``init(reading:)`` reads.
    func encoded() -> [UInt8] {
        var output: [UInt8] = []
        // A page's line is about 136 bytes: room for all of them at once, so the buffer of a
        // large site is never copied into a bigger one. Every piece is appended in place, with
        // no string made for it: this runs once a build, after the last page, for every page.
        output.reserveCapacity(1024 + pages.count * 150 + publicFiles.count * 64)
        output.append(contentsOf: #"{"version": "#.utf8)
        Self.appendDecimal(Int64(Self.currentVersion), to: &output)
        output.append(contentsOf: ",\n\"publicFiles\": [".utf8)
        for (index, path) in publicFiles.sorted().enumerated() {
            if index > 0 { output.append(contentsOf: ", ".utf8) }
            Self.appendString(path, to: &output)
        }
        output.append(contentsOf: "],\n\"pages\": {".utf8)
        for (index, id) in pages.keys.sorted().enumerated() {
            guard let record = pages[id] else { continue }
            output.append(contentsOf: (index == 0 ? "\n" : ",\n").utf8)
            Self.appendString(id, to: &output)
            output.append(contentsOf: ": {".utf8)
            var hasField = false
            if let inputs = record.inputs {
                output.append(contentsOf: #""inputs": ""#.utf8)
                inputs.appendHex(to: &output)
                output.append(UInt8(ascii: "\""))
                hasField = true
            }
            if let file = record.file {
                output.append(contentsOf: (hasField ? #", "size": "# : #""size": "#).utf8)
                Self.appendDecimal(file.size, to: &output)
                output.append(contentsOf: #", "modified": "#.utf8)
                Self.appendDecimal(file.modified, to: &output)
                hasField = true
            }
            if !record.warnings.isEmpty {
                output.append(contentsOf: (hasField ? ", \"warnings\": [" : "\"warnings\": [").utf8)
                for (index, warning) in record.warnings.enumerated() {
                    if index > 0 { output.append(contentsOf: ", ".utf8) }
                    Self.appendString(warning, to: &output)
                }
                output.append(UInt8(ascii: "]"))
            }
            output.append(UInt8(ascii: "}"))
        }
        output.append(contentsOf: "\n}}\n".utf8)
        return output
    }

    /// `value` in decimal, as `String(value)` writes it.
    static func appendDecimal(_ value: Int64, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for the 20 digits of UInt64.max.
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: buffer[start...])
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8.
    static func appendString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most texts (every order id) have nothing to escape: appended at once.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(contentsOf: text.utf8)
            output.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): output += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): output += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output += Array("\\u00".utf8)
                output += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
