import ArgumentParser
import Foundation
import SampleOrders
import SiteGenerator

/// Which orders a command builds and where their responses come from: ids (arguments and an ids
/// file) and a folder of saved responses (`--from`, or the sample orders) instead of the API.
/// Shared by `build` and `preview`.
struct OrderSelectionOptions: ParsableArguments {
    @Argument(help: "Order ids (ASCII letters, digits, '-' and '_'); with none, every order in the --from folder.")
    var ids: [String] = []

    @Option(
        name: .customLong("ids-file"),
        help: ArgumentHelp(
            "A file of order ids, one a line ('-' reads standard input; blank lines and # comments are skipped).",
            valueName: "file"))
    var idsFile: String?

    @Option(
        name: .customLong("from"),
        help: ArgumentHelp(
            "Read saved v2 responses from DIR/ID.json instead of the API (the preview watches the folder).",
            valueName: "dir"))
    var fromFolder: String?

    @Flag(name: .customLong("sample-orders"), help: "Use the sample orders that ship with the tool (no network).")
    var sampleOrders = false

    func validate() throws {
        if sampleOrders && fromFolder != nil { throw ValidationError("give either --from or --sample-orders, not both") }
    }

    /// Where the responses come from: saved ones (`--from`), the sample orders compiled into the
    /// tool, or nil to call the API.
    var savedResponses: (any OrderCatalog)? {
        if sampleOrders { return InMemoryOrderSource(bodiesByID: SampleOrders.responses) }
        return fromFolder.map { FolderOrderSource(folder: URL(fileURLWithPath: $0)) }
    }

    /// The ids given as arguments and in the ids file, each once, in the order given; an
    /// `error:` line and a failing exit when any is invalid.
    func givenIDs() throws -> OrderIDList {
        var list = OrderIDList()
        do {
            try list.add(arguments: ids)
            if let idsFile { try list.add(idsFile: idsFile) }
        } catch {
            StandardError.write("error: \(ErrorMessage.text(for: error))\n")
            throw ExitCode.failure
        }
        return list
    }
}
