/// The stylesheet of the preview's own pages (`/_preview/preview.css`): the 404 page and the
/// error page, which must look right even when the theme's own stylesheet is broken or missing.
enum PreviewStyles {
    static let path = "/_preview/preview.css"

    static let source = """
        :root { color-scheme: light dark; --ink: #1d1d1f; --muted: #5b5b66; --paper: #f7f7f9; --card: #ffffff;
          --line: #d9d9e0; --accent: #0b57d0; --danger: #b3261e; --code: #f0f0f4; }
        @media (prefers-color-scheme: dark) {
          :root { --ink: #ececf1; --muted: #a9a9b5; --paper: #16161a; --card: #202026; --line: #3a3a44;
            --accent: #8ab4f8; --danger: #f2b8b5; --code: #2a2a31; }
        }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
          color: var(--ink); background: var(--paper); }
        main { max-width: 52rem; margin: 0 auto; padding: 2rem 1rem 3rem; }
        h1 { font-size: 1.6rem; line-height: 1.2; margin: 0 0 .5rem; }
        h1.error { color: var(--danger); }
        h2 { font-size: 1.05rem; margin: 0 0 .25rem; }
        .lead { color: var(--muted); margin: 0 0 1.5rem; }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.25rem;
          margin: 0 0 1rem; }
        code, pre { font: .92rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        pre { background: var(--code); border-radius: .375rem; padding: .75rem 1rem; overflow-x: auto; margin: .5rem 0; }
        .problem h2 code { color: var(--danger); }
        .chain { color: var(--muted); margin: .25rem 0 0; }
        a { color: var(--accent); }
        a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        ul.pages { padding-left: 1.25rem; }
        footer { text-align: center; color: var(--muted); font-size: .85rem; padding: 0 1rem 2rem; }

        """
}
