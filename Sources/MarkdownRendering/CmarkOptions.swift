import CCmark

extension Markdown {
    /// The cmark options every rendering uses.
    ///
    /// - `CMARK_OPT_SAFE`: safe mode, so raw HTML becomes
    ///   `<!-- raw HTML omitted -->` and dangerous link destinations become
    ///   empty. Merchant text must not inject markup or script into pages that
    ///   hold private download links. Since cmark 0.29 safe mode is the default
    ///   and this flag is a no-op kept for compatibility; it is passed anyway so
    ///   that an older libcmark is safe too. `CMARK_OPT_UNSAFE` is never set.
    /// - `CMARK_OPT_SMART`: typographic quotes, dashes and ellipses.
    /// - `CMARK_OPT_VALIDATE_UTF8`: illegal byte sequences become U+FFFD
    ///   instead of reaching the page.
    static let cmarkOptions: Int32 = CMARK_OPT_SAFE | CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
}
