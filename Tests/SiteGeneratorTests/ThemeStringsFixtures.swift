import Foundation
import SiteGenerator
import TestSupport

extension ThemeStrings {
    /// The default theme's words in `locale`, read from the repository's `Templates/strings/`
    /// as a build reads them.
    static func theme(_ locale: String = "en") throws -> ThemeStrings {
        try ThemeStrings.load(locale: locale, templates: Repository.templates)
    }
}

/// A strings file for a test, from JSON text.
func stringsFile(_ name: String, _ json: String) -> ThemeStringsFile {
    ThemeStringsFile(name: name, data: Data(json.utf8))
}
