#!/usr/bin/env python3
"""Writes synthetic v2 order responses for the benchmarks (issue 12).

    scripts/generate-orders.py COUNT FOLDER [--seed N]
    scripts/generate-orders.py --fixture NAME FILE

COUNT orders go to FOLDER/<id>.json, each a `GET /api/v2/customer-account-orders?id=ID` body in
the format of Sources/SampleOrders/orders/*.json (four-space indentation): 1 to 4 lines of 1 to 3
assets, about 4 KB of JSON an order, mixing the states real orders have (sizes as numbers and as
strings, limits reached, no limit, missing limits, unsafe URLs, order-level assets, Markdown text,
non-ASCII names). The same COUNT and seed give the same bytes on every machine and Python 3
version: the random numbers come from the small generator below, never from `random`.

--fixture writes one order of a fixed shape for the engine benchmarks:
    lines-5x2   5 lines of 2 assets each
    medium      2 lines of 2 assets, Markdown text and an order-level asset (a page of about 7 KB)
    lines-50    50 lines of 2 assets each
"""

import argparse
import json
import os
import sys

MASK = (1 << 64) - 1


class SplitMix64:
    """A tiny, fully specified generator, so the orders never depend on the Python version."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, low, high):
        return low + self.below(high - low + 1)

    def chance(self, percent):
        return self.below(100) < percent

    def pick(self, items):
        return items[self.below(len(items))]

    def hex(self, digits):
        text = ""
        while len(text) < digits:
            text += "%016x" % self.next()
        return text[:digits]

    def uuid(self):
        h = self.hex(32)
        return "%s-%s-4%s-%s-%s" % (h[0:8], h[8:12], h[13:16], h[16:20], h[20:32])


ADJECTIVES = ["Complete", "Illustrated", "Essential", "Deluxe", "Pocket", "Midnight", "Golden", "Wild",
              "Quiet", "Electric", "Little", "Grand", "Hidden", "Bright", "Ancient", "Modern"]
NOUNS = ["Cookbook", "Field Guide", "Sample Pack", "Font Family", "Preset Bundle", "Course", "Album",
         "Sheet Music", "Pattern", "Photo Collection", "Template Kit", "Audiobook", "Novel", "Brush Set",
         "Workbook", "Soundtrack"]
FOREIGN = ["Ricettario della Nonna — Edizione Illustrata", "東京の夜 — 写真集", "🎧 Lo-fi Beats Vol. 2 🌙",
           "Café Sonoro ☕ Sessions", "Über die Berge & zurück", "L'été à Paris <édition spéciale>",
           "Сказки на ночь", "Guía \"práctica\" de fotografía"]
VARIANTS = ["Default Title", "PDF", "PDF e ePub", "WAV", "MP3 320 kbps", "Hard back", "Paper back",
            "高解像度", "Commercial licence", "Personal licence", "4K", "Large"]
VENDORS = ["Meadow & Co", "Libreria Città di Castello", "出版社さくら", "Café Sonoro ☕", "Northwind Press",
           "Studio <Blue>", "my-store", "Paper Lantern Books"]
TAGS = ["books", "digital", "music", "lo-fi", "fonts", "photography", "cucina", "写真", "🎵", "bundle",
        "presets", "course", "paper-books", "hardback-books", "garden", "sale"]
EXTENSIONS = [".pdf", ".zip", ".epub", ".mp3", ".wav", ".mp4", ".otf", ".psd"]
SIZE_TEXTS = ["10MB", "20MB", "1.2 GB", "870MB", "350KB", "24MB", "about 2 GB", "4,5 MB", "512 bytes", ""]
MARKDOWN = [
    "Thank you for your order! Your files are below.",
    "## Before you download\n\nEach file can be downloaded a **limited** number of times. Need help? "
    "Write to [support](https://example.com/support) and quote your *order number*.\n\n"
    "- Save the files somewhere safe\n- Links expire after 30 days\n- `ZIP` files need unpacking",
    "Grazie per l'acquisto! ご購入ありがとうございます。\n\n> Keep this page: it is your receipt.",
    "# Your downloads\n\n1. Click **Download**\n2. Open the file\n3. Enjoy <3 & share the love\n\n"
    "Questions? See the [FAQ](https://example.com/faq \"Frequently asked\").",
]


def weighted(rng, percents):
    """1, 2, 3, … with the given chances (in percent, summing to 100)."""
    roll = rng.below(100)
    for value, percent in enumerate(percents, start=1):
        if roll < percent:
            return value
        roll -= percent
    return len(percents)


def asset(rng, number):
    is_link = rng.chance(30)
    name = rng.pick(ADJECTIVES) + " " + rng.pick(NOUNS)
    if rng.chance(10):
        name = rng.pick(FOREIGN)
    filename = "%s part %d%s" % (name, number, rng.pick(EXTENSIONS))
    roll = rng.below(10)
    if roll < 4:
        size = rng.between(1_000, 5_000_000_000)           # a byte count
    elif roll < 5:
        size = str(rng.between(1_000, 900_000_000))         # a byte count sent as digits
    elif roll < 9:
        size = rng.pick(SIZE_TEXTS)                          # display text, "" now and then
    else:
        size = None
    roll = rng.below(10)
    if roll < 5:
        limits = {"downloaded": rng.between(0, 4), "limit": rng.between(5, 20)}
    elif roll < 7:
        limit = rng.between(1, 5)
        limits = {"downloaded": limit, "limit": limit}       # limit reached
    elif roll < 9:
        limits = {"downloaded": rng.between(0, 30), "limit": None}  # unlimited
    else:
        limits = None                                        # missing: nothing downloaded, no limit
    token = rng.hex(8)
    if rng.below(1000) < 2:
        url = "javascript:alert(%d)" % number                # unsafe (rare): the page shows no link
    else:
        url = "https://files.digital-downloads.com/d/%s/%s-%d%s?token=%s&expires=%d" % (
            token, name.replace(" ", "%20"), number, rng.pick(EXTENSIONS), rng.hex(12), 1_700_000_000 + rng.below(10**8))
    result = {}
    if limits is not None:
        result["limits"] = limits
    data = {"id": rng.uuid(), "filename": filename}
    if size is not None:
        data["size"] = size
    data["is_file"] = not is_link
    data["is_link"] = is_link
    data["url"] = url
    result["data"] = data
    return result


def line(rng, asset_count):
    name = rng.pick(FOREIGN) if rng.chance(15) else "%s %s" % (rng.pick(ADJECTIVES), rng.pick(NOUNS))
    product = {
        "id": rng.uuid(),
        "name": name,
        "variant_name": rng.pick(VARIANTS) if rng.chance(85) else None,
        "sku": ("SKU-%s" % rng.hex(6).upper()) if rng.chance(80) else "",
        "product_id": rng.between(10**12, 10**13),
        "variant_id": rng.between(10**13, 10**14),
        "vendor": rng.pick(VENDORS),
        "tags": [rng.pick(TAGS) for _ in range(rng.below(4))],
    }
    return {"product": product, "assets": [asset(rng, n + 1) for n in range(asset_count)]}


def order(rng, lines=None, assets_per_line=None, order_assets=None, text=None):
    line_count = lines if lines is not None else weighted(rng, [35, 30, 20, 15])
    body_lines = []
    for _ in range(line_count):
        count = assets_per_line if assets_per_line is not None else weighted(rng, [50, 30, 20])
        body_lines.append(line(rng, count))
    if order_assets is None:
        order_assets = rng.below(3) if rng.chance(25) else 0
    if text is None:
        text = rng.pick(MARKDOWN) if rng.chance(60) else None
    return {
        "order": {
            "order_number": rng.between(1000, 999_999),
            "lines": body_lines,
            "assets": [asset(rng, 100 + n) for n in range(order_assets)],
        },
        "text": {"title": "Download files for your orders" if rng.chance(80) else "Your downloads · ダウンロード 📥",
                 "text": text},
    }


def encode(value):
    return (json.dumps(value, indent=4, ensure_ascii=False) + "\n").encode("utf-8")


FIXTURES = {
    "lines-5x2": dict(lines=5, assets_per_line=2, order_assets=0, text=None),
    "medium": dict(lines=2, assets_per_line=2, order_assets=1, text=MARKDOWN[1]),
    "lines-50": dict(lines=50, assets_per_line=2, order_assets=2, text=MARKDOWN[1]),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count_or_name")
    parser.add_argument("destination")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--fixture", action="store_true", help="write one fixture order (NAME FILE)")
    args = parser.parse_args()

    if args.fixture:
        shape = FIXTURES.get(args.count_or_name)
        if shape is None:
            sys.exit("unknown fixture %r: one of %s" % (args.count_or_name, ", ".join(FIXTURES)))
        rng = SplitMix64(args.seed * 1_000_003 + sum(map(ord, args.count_or_name)))
        with open(args.destination, "wb") as file:
            file.write(encode(order(rng, **shape)))
        return

    count = int(args.count_or_name)
    os.makedirs(args.destination, exist_ok=True)
    rng = SplitMix64(args.seed)
    total = 0
    for _ in range(count):
        identifier = rng.hex(32)
        body = encode(order(rng))
        total += len(body)
        with open(os.path.join(args.destination, identifier + ".json"), "wb") as file:
            file.write(body)
    print("%d orders, %.1f MB of JSON (%.2f KB an order) in %s" % (count, total / 1e6, total / count / 1e3, args.destination))


if __name__ == "__main__":
    main()
