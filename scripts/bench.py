#!/usr/bin/env python3
"""`make bench`: every figure of issue 12, measured again in one run, and one summary table.

Steps (each prints what it does; the table comes last):
  1. release builds in Benchmarks/.build: the benchmark targets, check-pages, render-loop and the
     tool itself (the root package's `download-pages` product, built as a dependency of the
     Benchmarks package: one build tree, not two);
  2. the generated orders in .bench-data/ (scripts/generate-orders.py; made again only when the
     generator changes);
  3. check-pages: our page equals swift-mustache's for the fixtures, the sample orders and 500
     generated orders, or the run stops here;
  4. the package-benchmark suite (Benchmarks/Benchmarks/Rendering), exported as JMH JSON;
  5. instruction counts (valgrind --tool=callgrind) of one fixture's renders, the stable ratios;
  6. whole-site builds with the release binary, each run paired with `cp -r` of its input folder
     (A B A B ...; the median of the pair-by-pair ratios), peak RSS from the kernel's accounting;
  7. an API build of 2,000 orders from a local server, paired with `curl --parallel` of the same URLs,
     with the CPU each side and the server used (the two cores are shared by all three), and the
     CPU of the same 2,000 pages built from the folder: what of our side is page work, not fetching;
     then paired again with curl followed by a build of the folder curl wrote (the same work);
  8. the progress line on a pseudo-terminal: redraws a second.

Environment: BENCH_RUNS (default 3) counted runs of each whole-site figure after one warm-up,
BENCH_RUNS_LARGE (default 2, after BENCH_WARMUP_LARGE warm-ups, default 1) for 100,000 orders,
BENCH_SKIP_LARGE=1 skips them, BENCH_CALLGRIND=0 skips step 5, BENCH_TOOL=PATH times another binary of
the tool, BENCH_DATA=DIR puts the
generated orders and the built sites in DIR instead of .bench-data/ (e.g. on a freshly made file system:
on one that has created and deleted millions of files, ext4 spends most of a site build looking for
free inodes, which measures the disk's history rather than the tool).
"""

import glob
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.abspath(os.environ.get("BENCH_DATA", os.path.join(ROOT, ".bench-data")))
PACKAGE = os.path.join(ROOT, "Benchmarks")
GENERATOR = os.path.join(ROOT, "scripts", "generate-orders.py")
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
RUNS_LARGE = int(os.environ.get("BENCH_RUNS_LARGE", "2"))
WARMUP_LARGE = int(os.environ.get("BENCH_WARMUP_LARGE", "1"))
CONCURRENCY = 8  # the tool's default; curl gets the same


def say(text):
    print("==> " + text, flush=True)


def run(command, **options):
    say(" ".join(command))
    subprocess.run(command, check=True, **options)


# 1. Builds ------------------------------------------------------------------------------------

def build():
    run(["swift", "build", "-c", "release", "--package-path", PACKAGE])
    run(["swift", "build", "-c", "release", "--package-path", PACKAGE, "--product", "download-pages"])
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--package-path", PACKAGE, "--show-bin-path"],
                              check=True, capture_output=True, text=True).stdout.strip()
    return bin_path


# 2. Orders ------------------------------------------------------------------------------------

def orders(count):
    """The folder of `count` generated orders, made again only when the generator changed."""
    folder = os.path.join(DATA, "orders-%d" % count)
    stamp = os.path.join(DATA, "orders-%d.stamp" % count)
    with open(GENERATOR, "rb") as file:
        digest = hashlib.sha256(file.read()).hexdigest()
    if os.path.exists(stamp) and open(stamp).read() == digest:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    run([sys.executable, GENERATOR, str(count), folder])
    with open(stamp, "w") as file:
        file.write(digest)
    return folder


# Timing ---------------------------------------------------------------------------------------

def timed(command, stdout=None):
    """Runs `command` (no shell) and returns (wall seconds, cpu seconds, peak RSS bytes, exit code)."""
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL
    # The peak RSS comes from GNU time, not from this process's wait4: a child forked from Python
    # starts with Python's resident pages in its high-water mark, which exec does not reset.
    peak_file = os.path.join(DATA, "peak-rss")
    wrapper = ["/usr/bin/time", "-f", "%M", "-o", peak_file] if os.path.exists("/usr/bin/time") else []
    start = time.monotonic()
    process = subprocess.Popen(wrapper + command, stdout=out, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if stdout:
        out.close()
    peak = int(open(peak_file).read().split()[-1]) * 1024 if wrapper else usage.ru_maxrss * 1024
    return wall, usage.ru_utime + usage.ru_stime, peak, process.returncode


def paired(label, a, b, runs, warmup=1, observed=None):
    """Runs A and B in turn (each a (prepare, command, stdout) triple), `warmup` pairs uncounted.

    Returns the medians of A's wall, cpu and peak RSS, B's wall and cpu, and the pair-by-pair
    ratio A/B; with `observed` (a function giving another process's CPU seconds so far, such as
    the server both talk to), also that process's CPU during A's runs and during B's.
    """
    rows = []
    for index in range(warmup + runs):
        pair = []
        for prepare, command, stdout in (a, b):
            if prepare:
                prepare()
            # Each command starts on a clean file system, so that the system's writing out what was
            # left dirty before it (the other command's output, cp -r's 64 MB; this one's removal of
            # its last output, in prepare) is not counted against it: when every build flushed the
            # file system, that flush took 0.55-1.09 s after an unflushed cp -r, 0.28-0.35 s after
            # a sync.
            os.sync()
            before = observed() if observed else 0.0
            wall, cpu, rss, code = timed(command, stdout)
            other = (observed() - before) if observed else 0.0
            if code != 0:
                sys.exit("%s: %s exited with %d" % (label, " ".join(command), code))
            pair.append((wall, cpu, rss, other))
        counted = index >= warmup
        say("%s run %d%s: %.2f s vs %.2f s (%.2fx)" % (
            label, index + 1, "" if counted else " (warm-up)", pair[0][0], pair[1][0], pair[0][0] / pair[1][0]))
        if counted:
            rows.append(pair)
    median = statistics.median
    return {
        "wall": median(r[0][0] for r in rows),
        "cpu": median(r[0][1] for r in rows),
        "rss": median(r[0][2] for r in rows),
        "peer_wall": median(r[1][0] for r in rows),
        "peer_cpu": median(r[1][1] for r in rows),
        "observed_cpu": median(r[0][3] for r in rows),
        "peer_observed_cpu": median(r[1][3] for r in rows),
        "ratio": median(r[0][0] / r[1][0] for r in rows),
        "runs": len(rows),
    }


def fresh(path):
    def prepare():
        shutil.rmtree(path, ignore_errors=True)
    return prepare


def summary_json(path):
    """The tool's `--json` summary: the last line of its standard output that parses as an object."""
    with open(path, "rb") as file:
        for line in reversed(file.read().decode("utf-8", "replace").splitlines()):
            if line.startswith("{"):
                return json.loads(line)
    return {}


def renders_of(summary):
    """Pages rendered in a build: the summary's own figure when it has one, else every page built."""
    if "reused" in summary:  # pages kept without rendering, their inputs unchanged
        return summary.get("built", 0) - summary["reused"], True
    return summary.get("built", 0), False


# 6. Whole site --------------------------------------------------------------------------------

def whole_site(tool, folder, count, runs, warmup):
    out = os.path.join(DATA, "site-%d" % count)
    copy = os.path.join(DATA, "copy-%d" % count)
    log = os.path.join(DATA, "build-%d.json" % count)
    build = [tool, "build", "--from", folder, "--output", out, "--json"]
    peer = ["cp", "-r", folder, copy]
    empty = paired("%d orders, empty output" % count, (fresh(out), build, log), (fresh(copy), peer, None), runs, warmup)
    empty["summary"] = summary_json(log)
    again = None
    if count < 100_000:
        again = paired("%d orders, unchanged" % count, (None, build, log), (fresh(copy), peer, None), runs, warmup)
        again["summary"] = summary_json(log)
    shutil.rmtree(copy, ignore_errors=True)
    if count >= 100_000:
        shutil.rmtree(out, ignore_errors=True)
    return empty, again


# 7. API ---------------------------------------------------------------------------------------

def api_build(tool, folder, count=2000):
    ids = sorted(name[:-5] for name in os.listdir(folder) if name.endswith(".json"))[:count]
    ids_file = os.path.join(DATA, "api-ids.txt")
    with open(ids_file, "w") as file:
        file.write("\n".join(ids) + "\n")
    port_file = os.path.join(DATA, "api-port")
    if os.path.exists(port_file):
        os.remove(port_file)
    server = subprocess.Popen([sys.executable, os.path.join(ROOT, "scripts", "bench-api-server.py"), folder, port_file])
    try:
        for _ in range(600):
            if os.path.exists(port_file):
                break
            time.sleep(0.1)
        port = open(port_file).read().strip()
        base = "http://127.0.0.1:%s" % port
        fetched = os.path.join(DATA, "curl-%d" % count)
        config = os.path.join(DATA, "curl-%d.cfg" % count)
        with open(config, "w") as file:
            for order in ids:
                file.write('url = "%s/api/v2/customer-account-orders?id=%s"\noutput = "%s/%s.json"\n' % (
                    base, order, fetched, order))
        out = os.path.join(DATA, "site-api")
        log = os.path.join(DATA, "build-api.json")
        build = [tool, "build", "--ids-file", ids_file, "--api-url", base, "--output", out,
                 "--concurrency", str(CONCURRENCY), "--json"]
        curl = ["curl", "--silent", "--fail", "--parallel", "--parallel-max", str(CONCURRENCY), "--config", config]

        def prepare_curl():
            shutil.rmtree(fetched, ignore_errors=True)
            os.makedirs(fetched)
        result = paired("API build of %d orders" % count, (fresh(out), build, log), (prepare_curl, curl, None), RUNS,
                        observed=lambda: cpu_seconds(server.pid))
        result["summary"] = summary_json(log)
        shutil.rmtree(out, ignore_errors=True)
        # The same work on both sides: curl's download, then a build of the downloaded folder
        # (the pages from the folder, written to another output), one command after the other.
        # This ratio is what overlapping the fetches with the pages buys; the goal's, against curl
        # alone, compares a build with a download.
        staged = os.path.join(DATA, "site-api-staged")
        then_build = ["sh", "-c", shlex.join(curl) + " && " + shlex.join(
            [tool, "build", "--from", fetched, "--ids-file", ids_file, "--output", staged, "--json"]) + " > /dev/null"]

        def prepare_both():
            prepare_curl()
            shutil.rmtree(staged, ignore_errors=True)
        same = paired("API build vs curl, then a build of its folder", (fresh(out), build, log),
                      (prepare_both, then_build, None), RUNS)
        result["same_work"] = same
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(staged, ignore_errors=True)
        # What the same pages cost with no HTTP at all: the part of the API build's CPU that is
        # page work (read, decode, render, write), as opposed to fetching.
        local = [tool, "build", "--from", folder, "--ids-file", ids_file, "--output", out, "--json"]
        costs = []
        for _ in range(RUNS):
            shutil.rmtree(out, ignore_errors=True)
            os.sync()
            wall, cpu, _, code = timed(local)
            if code != 0:
                sys.exit("%s exited with %d" % (" ".join(local), code))
            costs.append(cpu)
        result["folder_cpu"] = statistics.median(costs)
        shutil.rmtree(out, ignore_errors=True)
        result["progress"] = progress(build[:-1], "api")
        got = len(os.listdir(fetched))
        if got != count:
            sys.exit("curl fetched %d of %d orders" % (got, count))
        return result, base, ids_file
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait()


def api_bound(api):
    """The least ours / curl could be on this machine: the pages' own work (built from a folder)
    plus fetching at no more than curl's whole CPU, plus the server's CPU as curl had it, packed
    perfectly onto the cores they share, against curl's wall time. At 1.3x or more, no HTTP client
    meets the API row's goal here (see the README's Development section)."""
    cpu = api["folder_cpu"] + api["peer_cpu"] + api["peer_observed_cpu"]
    return cpu / (os.cpu_count() or 1) / api["peer_wall"]


def cpu_seconds(pid):
    """User and system CPU seconds process `pid` has used so far (Linux /proc)."""
    with open("/proc/%d/stat" % pid) as file:
        fields = file.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# 8. Progress ----------------------------------------------------------------------------------

def progress(command, label):
    """Runs `command` on a pseudo-terminal (script(1), with its timing log) and counts the progress
    line's redraws: on average and in the busiest second."""
    transcript = os.path.join(DATA, "progress-%s.txt" % label)
    timing = os.path.join(DATA, "progress-%s.timing" % label)
    quoted = " ".join("'%s'" % part.replace("'", "'\\''") for part in command)
    start = time.monotonic()
    subprocess.run(["script", "-q", "-e", "-T", timing, "-c", quoted + " > /dev/null", transcript], check=True,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    wall = time.monotonic() - start
    data = open(transcript, "rb").read()
    data = data[data.index(b"\n") + 1:]  # the "Script started" line is not in the timing log
    # A redraw: "\r ESC[2K" then the bar ("\u2588\u2591...  412/900 orders") or "412 of 900 fetched, ...".
    redraw = re.compile(rb"\r\x1b\[2K(?:\xe2\x96[\x88\x91]|\d+ of \d+ fetched)")
    # A warning (or a failed order) is printed at once and the line redrawn right after it: those
    # redraws are counted apart, the 10-a-second bound is for the others.
    forced_at = {m.end() for m in re.finditer(rb"\r\x1b\[2K(?:warning|error):[^\n]*\n", data)}
    stamps, forced, clock, offset = [], 0, 0.0, 0
    for line in open(timing):
        parts = line.split()
        if len(parts) != 2:
            continue
        clock += float(parts[0])
        size = int(parts[1])
        offset += size
        chunk_start = offset - size
        for match in redraw.finditer(data, chunk_start, offset):
            if match.start() in forced_at:
                forced += 1
            else:
                stamps.append(clock)
    busiest = max((sum(1 for t in stamps if s <= t < s + 1.0) for s in stamps), default=0)
    frames = [m.decode("utf-8", "replace") for m in re.findall(rb"\r\x1b\[2K([^\r\n]*)", data)]
    shown = [f for f in frames if "orders" in f or "fetched" in f]
    return {"wall": wall, "redraws": len(stamps), "forced": forced, "rate": len(stamps) / wall, "busiest": busiest,
            "sample": shown[len(shown) // 2].strip() if shown else ""}


# 5. Callgrind ---------------------------------------------------------------------------------

def instructions(program, what, fixture, count):
    # Deterministic hashing: Swift seeds its hash tables per process, which moves the counts from run to run.
    environment = dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1")
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", program, what, fixture, str(count)],
                            env=environment,
                            capture_output=True, text=True, check=True)
    found = re.search(r"Collected\s*:\s*(\d+)", result.stderr)
    return int(found.group(1)) if found else None


def callgrind(bin_path, fixture="lines-5x2", count=200):
    if os.environ.get("BENCH_CALLGRIND", "1") == "0" or shutil.which("valgrind") is None:
        return None
    say("callgrind: instructions of %d renders of %s, each engine (set-up subtracted)" % (count, fixture))
    # Valgrind 3.19 cannot read the DWARF 5 debug information Swift 6.3 writes: count on a copy without it.
    program = os.path.join(DATA, "render-loop")
    shutil.copy(os.path.join(bin_path, "render-loop"), program)
    subprocess.run(["strip", "--strip-debug", program], check=True)
    base = instructions(program, "none", fixture, count)
    counts = {}
    for what in ("ours", "swift-mustache", "floor", "json-ours", "json-swift-mustache"):
        counts[what] = (instructions(program, what, fixture, count) - base) / count
        say("  %-20s %12.0f instructions a page" % (what, counts[what]))
    return counts


# 4. package-benchmark -------------------------------------------------------------------------

def benchmarks():
    results = os.path.join(DATA, "results")
    shutil.rmtree(results, ignore_errors=True)
    os.makedirs(results)
    run(["swift", "package", "--package-path", PACKAGE, "--allow-writing-to-directory", results,
         "benchmark", "--format", "jmh", "--path", results, "--no-progress"])
    figures = {}
    for path in glob.glob(os.path.join(results, "*.jmh.json")):
        for element in json.load(open(path)):
            # "package.benchmark.Rendering.render_ours_lines-5x2": the name as given, spaces made "_".
            name = element["benchmark"].rsplit("Rendering.", 1)[-1].replace("_", " ")
            metric = element["primaryMetric"]
            figures[name] = metric["scorePercentiles"].get("50.0", metric["score"])
    if not figures:
        sys.exit("no benchmark results in %s" % results)
    return figures


# The table ------------------------------------------------------------------------------------

def table(rows):
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |")
        if index == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def verdict(ok):
    return "pass" if ok else "FAIL"


def main():
    os.makedirs(DATA, exist_ok=True)
    started = time.monotonic()
    bin_path = build()
    tool = os.environ.get("BENCH_TOOL") or os.path.join(bin_path, "download-pages")
    small = orders(15_608)
    large = None if os.environ.get("BENCH_SKIP_LARGE") == "1" else orders(100_000)

    say("check-pages: our page equals swift-mustache's")
    check = subprocess.run([os.path.join(bin_path, "check-pages"), small, "500"], capture_output=True, text=True)
    print(check.stdout, end="", flush=True)
    if check.returncode != 0:
        sys.exit("check-pages found pages that differ: nothing is timed")
    checked = json.loads(check.stdout.strip().splitlines()[-1][len("RESULT "):])

    engine = benchmarks()
    counts = callgrind(bin_path)

    empty, again = whole_site(tool, small, 15_608, RUNS, 1)
    # One warm-up, as for 15,608: the first build of 100,000 pages in a run also grows the kernel's
    # inode and dentry caches (init_once, allocate_slab in perf) and takes 2-3x the next.
    big = whole_site(tool, large, 100_000, RUNS_LARGE, WARMUP_LARGE)[0] if large else None
    api, base, ids_file = api_build(tool, small)
    remote = api["progress"]

    say("progress line on a pseudo-terminal")
    shutil.rmtree(os.path.join(DATA, "site-progress"), ignore_errors=True)
    local = progress([tool, "build", "--from", small, "--output", os.path.join(DATA, "site-progress")], "from")
    shutil.rmtree(os.path.join(DATA, "site-progress"), ignore_errors=True)

    # The table.
    rows = [["work", "measured now", "goal", "verdict", "ratios"]]
    s = empty["summary"]
    rows.append(["15,608 orders from a folder, empty output",
                 "%.2f s (%.3f ms a page), %d pages, peak RSS %.0f MB" % (
                     empty["wall"], empty["wall"] * 1000 / 15_608, s.get("built", 0), empty["rss"] / 1e6),
                 "< 1.5 s", verdict(empty["wall"] < 1.5),
                 "ours / cp -r: %.2fx (cp %.2f s)" % (empty["ratio"], empty["peer_wall"])])
    s = again["summary"]
    renders, reported = renders_of(s)
    rows.append(["the same again, nothing changed",
                 "%.2f s, %d renders%s, %d writes" % (again["wall"], renders, "" if reported else " (every page built)",
                                                      s.get("changed", 0)),
                 "< 0.5 s, 0 renders, 0 writes", verdict(again["wall"] < 0.5 and renders == 0 and s.get("changed", 1) == 0),
                 "ours / cp -r: %.2fx (cp %.2f s)" % (again["ratio"], again["peer_wall"])])
    if big:
        rows.append(["100,000 orders from a folder",
                     "%.1f s, peak RSS %.0f MB" % (big["wall"], big["rss"] / 1e6),
                     "< 10 s, RSS < 100 MB", verdict(big["wall"] < 10 and big["rss"] < 100e6),
                     "ours / cp -r: %.2fx (cp %.2f s)" % (big["ratio"], big["peer_wall"])])
    sizes = checked["pageBytes"]
    for fixture, label in (("lines-5x2", "5 lines x 2 assets"), ("medium", "2 lines x 2 assets, text, order asset"),
                           ("lines-50", "50 lines")):
        ours = engine["render ours %s" % fixture]
        peer = engine["render swift-mustache %s" % fixture]
        floor = engine["floor %s" % fixture]
        stencil = engine.get("render stencil %s" % fixture)
        x, share = ours / peer, ours / floor
        note = "ours / swift-mustache %.1fx, ours / floor %.1f%%" % (x, share * 100)
        if stencil:
            note += ", ours / Stencil %.1fx" % (ours / stencil)
        if counts and fixture == "lines-5x2":
            note += "; instructions: swift-mustache / ours %.1fx, floor / ours %.1f%%" % (
                counts["swift-mustache"] / counts["ours"], counts["floor"] / counts["ours"] * 100)
        rows.append(["engine, render only, %.1f KB page (%s)" % (sizes[fixture] / 1000, label),
                     "%s renders/s (swift-mustache %s/s, floor %s/s)" % (
                         "{:,.0f}".format(ours), "{:,.0f}".format(peer), "{:,.0f}".format(floor)),
                     ">= 30x swift-mustache, >= 25% of floor", verdict(x >= 30 and share >= 0.25), note])
    for fixture in ("lines-5x2", "lines-50"):
        ours = engine["json ours %s" % fixture]
        peer = engine["json swift-mustache %s" % fixture]
        note = "ours / swift-mustache's path %.2fx" % (ours / peer)
        if counts and fixture == "lines-5x2":
            note += "; instructions: %.2fx" % (counts["json-swift-mustache"] / counts["json-ours"])
        rows.append(["JSON bytes -> page, %.1f KB page (%s)" % (sizes[fixture] / 1000, fixture),
                     "%s/s (swift-mustache's JSONSerialization path %s/s)" % (
                         "{:,.0f}".format(ours), "{:,.0f}".format(peer)),
                     ">= 10x swift-mustache's path", verdict(ours / peer >= 10), note])
    rows.append(["API build of 2,000 orders vs curl --parallel (same local server)",
                 "%.2f s vs curl %.2f s, %d pages built" % (api["wall"], api["peer_wall"], api["summary"].get("built", 0)),
                 "<= 1.3x", verdict(api["ratio"] <= 1.3),
                 "ours / curl: %.2fx; CPU: ours %.2f s (the same pages from a folder: %.2f s) + server %.2f s, "
                 "curl %.2f s + server %.2f s; bound: %.2fx" % (
                     api["ratio"], api["cpu"], api["folder_cpu"], api["observed_cpu"], api["peer_cpu"],
                     api["peer_observed_cpu"], api_bound(api))])
    same = api["same_work"]
    rows.append(["API build vs curl --parallel, then build --from its folder (the same work)",
                 "%.2f s vs %.2f s" % (same["wall"], same["peer_wall"]),
                 "(not a goal)", "-",
                 "ours / (curl, then build): %.2fx; CPU: ours %.2f s, curl then build %.2f s" % (
                     same["ratio"], same["cpu"], same["peer_cpu"])])
    rows.append(["progress line on a terminal (15,608 orders, --from)",
                 "%d redraws in %.1f s (%.1f/s), at most %d in any second, %d after warnings" % (
                     local["redraws"], local["wall"], local["rate"], local["busiest"], local["forced"]),
                 "<= 10 a second, pages/s and ETA", verdict(local["busiest"] <= 10 and "ETA" in local["sample"]),
                 "a frame: %s" % local["sample"]])
    rows.append(["progress line on a terminal (2,000 orders from the API)",
                 "%d redraws in %.1f s (%.1f/s), at most %d in any second, %d after warnings" % (
                     remote["redraws"], remote["wall"], remote["rate"], remote["busiest"], remote["forced"]),
                 "<= 10 a second, pages/s and ETA", verdict(remote["busiest"] <= 10 and "ETA" in remote["sample"]),
                 "a frame: %s" % remote["sample"]])

    print()
    print("make bench: %d whole-site runs each after %d warm-up (100,000: %d after %d), medians; engine figures: "
          "package-benchmark p50 throughput; ours/cp, ours/curl: medians of pair-by-pair ratios (A B A B ...)." % (
              RUNS, 1, RUNS_LARGE, WARMUP_LARGE))
    print("check-pages: %d orders; our page = swift-mustache's (from a context and from JSON) in every comparison, %d of them "
          "differing only in swift-mustache's indentation; Stencil's matches ours whitespace aside in %d of %d" % (
              checked["orders"], checked["indentationOnly"], checked["orders"] - checked["stencilDifferences"], checked["orders"]))
    print(table(rows))
    print("total %.0f s" % (time.monotonic() - started))


if __name__ == "__main__":
    main()
