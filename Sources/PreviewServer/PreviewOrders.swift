import Foundation
import SiteGenerator

/// Where a preview's orders come from.
public enum PreviewOrders: Sendable {
    /// A folder of saved responses, `ID.json`: watched, so a new or changed response rebuilds its page.
    case folder(URL)
    /// Responses held in memory, such as the sample orders compiled into the tool: they never change.
    case inMemory(InMemoryOrderSource)
}
