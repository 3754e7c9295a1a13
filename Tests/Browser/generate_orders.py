"""Writes the orders too large to keep among the samples: one order of 400 lines.

The order is generated at test time rather than committed: at about 500 kB of JSON it would
weigh on the binary (the samples are compiled in), on every test that walks the samples and on
`make site`, while what it checks (a page that long stays fast to audit, accessible and
unbroken) needs no particular data. Its lines cycle through the states a customer meets.

    python3 generate_orders.py FOLDER    # writes FOLDER/<id>.json
"""

import json
import pathlib
import sys

FOUR_HUNDRED_LINES = "40011e5a0b1c2d3e4f5a6b7c8d9e0f1a"


def asset(line: int, index: int) -> dict:
    """An asset of line `line`, its state chosen by the line so that every state recurs."""
    kind = (line + index) % 6
    limits = [
        {"downloaded": 1, "limit": 5},
        {"downloaded": 4, "limit": 5},  # one left
        {"downloaded": 3, "limit": 3},  # limit reached
        {"downloaded": 2, "limit": None},  # unlimited
        {"downloaded": 0, "limit": 10},
        {"downloaded": 0, "limit": 1},
    ][kind]
    is_link = kind == 4
    size = [f"{(line % 90) + 10}MB", 1024 * 1024 * (line + 1), None, "1.4 GB", None, 512 + line][kind]
    name = f"Track-{line:03d}-{'ABCDEFGH'[index]}.flac" if not is_link else f"Stems for track {line}"
    return {
        "limits": limits,
        "data": {
            "id": f"00000000-0000-4000-8000-{line:08d}{index:04d}",
            "filename": name,
            "size": size,
            "is_file": not is_link,
            "is_link": is_link,
            "url": f"https://files.digital-downloads.com/d/{line:04d}{index}/{name.replace(' ', '%20')}",
        },
    }


def four_hundred_lines() -> dict:
    lines = []
    for line in range(1, 401):
        assets = [] if line % 25 == 0 else [asset(line, index) for index in range(1 + line % 2)]
        lines.append({
            "product": {
                "id": f"10000000-0000-4000-8000-{line:012d}",
                "name": f"Sample Pack {line:03d}: {['Drums', 'Keys', 'Bass', 'Voices', 'Textures'][line % 5]}",
                "variant_name": ["Default Title", "WAV 24-bit", "FLAC"][line % 3],
                "sku": f"PACK-{line:03d}",
                "product_id": 9500000000000 + line,
                "variant_id": 48000000000000 + line,
                "vendor": "Loop Foundry",
                "tags": ["samples", f"vol-{line // 50 + 1}"],
            },
            "assets": assets,
        })
    return {
        "order": {"order_number": 4000, "lines": lines, "assets": []},
        "text": {
            "title": "Your sample library",
            "text": "Four hundred packs: every one is listed below. **Tip:** download the packs you need first.",
        },
    }


def write(folder: pathlib.Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{FOUR_HUNDRED_LINES}.json"
    path.write_text(json.dumps(four_hundred_lines(), ensure_ascii=False, indent=4) + "\n", encoding="utf-8")
    return [FOUR_HUNDRED_LINES]


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: generate_orders.py FOLDER")
    print("\n".join(write(pathlib.Path(sys.argv[1]))))
