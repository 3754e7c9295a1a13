/// The stylesheet of the preview's own documents (`/_preview/preview.css`): the 404 document and
/// the error document, which must look right even when the theme's own stylesheet is broken or
/// missing.
///
/// Plain colours, light first, each overridden in the dark-scheme media query by the same
/// selector: ink #1d1d1f / #ececf1, muted #5b5b66 / #a9a9b5, paper #f7f7f9 / #16161a, card
/// #ffffff / #202026, line #d9d9e0 / #3a3a44, accent #0b57d0 / #8ab4f8, danger #b3261e / #f2b8b5,
/// code #f0f0f4 / #2a2a31.
enum PreviewStyles {
    static let path = "/_preview/preview.css"

    static let source = """
        :root { color-scheme: light dark; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
          color: #1d1d1f; background: #f7f7f9; }
        main { max-width: 52rem; margin: 0 auto; padding: 2rem 1rem 3rem; }
        h1 { font-size: 1.6rem; line-height: 1.2; margin: 0 0 .5rem; }
        h1.error { color: #b3261e; }
        h2 { font-size: 1.05rem; margin: 0 0 .25rem; }
        .lead { color: #5b5b66; margin: 0 0 1.5rem; }
        .card { background: #ffffff; border: 1px solid #d9d9e0; border-radius: .5rem; padding: 1rem 1.25rem;
          margin: 0 0 1rem; }
        code, pre { font: .92rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        pre { background: #f0f0f4; border-radius: .375rem; padding: .75rem 1rem; overflow-x: auto; margin: .5rem 0; }
        .problem h2 code { color: #b3261e; }
        .chain { color: #5b5b66; margin: .25rem 0 0; }
        a { color: #0b57d0; }
        a:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
        ul.pages { padding-left: 1.25rem; }
        footer { text-align: center; color: #5b5b66; font-size: .85rem; padding: 0 1rem 2rem; }
        @media (prefers-color-scheme: dark) {
          body { color: #ececf1; background: #16161a; }
          h1.error { color: #f2b8b5; }
          .lead { color: #a9a9b5; }
          .card { background: #202026; border-color: #3a3a44; }
          pre { background: #2a2a31; }
          .problem h2 code { color: #f2b8b5; }
          .chain { color: #a9a9b5; }
          a { color: #8ab4f8; }
          a:focus-visible { outline-color: #8ab4f8; }
          footer { color: #a9a9b5; }
        }

        """
}
