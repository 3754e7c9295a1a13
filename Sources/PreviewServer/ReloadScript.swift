/// The script the preview adds to every HTML page it serves (`/_preview/reload.js`).
///
/// The page's script tag carries the build generation the page was served at (`?g=N`). The
/// script opens the event stream; the server says which generation is current when the stream
/// opens (`hello`) and after each rebuild (`reload`): whenever that is not the page's own, the
/// page reloads. So a rebuild that happens between serving the page and opening the stream is
/// not missed, and after a preview restart (which starts at a generation of its own) the
/// browser reconnects and catches up by itself.
enum ReloadScript {
    static let source = """
        // download-pages preview: reloads this page when the site is rebuilt.
        (() => {
          "use strict";
          const script = document.currentScript;
          const served = script ? new URL(script.src).searchParams.get("g") : null;
          const events = new EventSource("\(LiveReloadHub.eventsPath)");
          const check = (event) => {
            if (event.data !== served) {
              events.close();
              location.reload();
            }
          };
          events.addEventListener("hello", check);
          events.addEventListener("reload", check);
        })();

        """
}
