#!/usr/bin/env bash
# Checks that the distributable archive runs where there is no Swift:
#   scripts/check-dist.sh [dist/download-pages-<version>-linux-<arch>.tar.gz]
# Without an argument it first runs scripts/dist.sh (a release build: slow the first time).
#
# Asserts that the archive holds the binary, README.md and LICENSE in one folder; that the binary is
# stripped and loads only the C library family (no libswift*, no Foundation, no libcmark, no run path);
# and that, copied alone into an empty folder and run with a cleared environment (PATH=/usr/bin:/bin,
# no LD_LIBRARY_PATH, the toolchain hidden), `--version` prints the archive's version, `build --help`
# works, the built-in theme builds the sample site (Markdown through libcmark included), init and one
# overridden partial build in Italian, and check fails a misspelt name with its position. Prints the facts a
# release note needs: ldd's list, the stripped size, the oldest glibc that can run it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

failures=0
fail() {
  echo "check-dist: FAIL: $*" >&2
  failures=$((failures + 1))
}
stop() {
  echo "check-dist: error: $*" >&2
  exit 1
}
say() { echo "check-dist: $*" >&2; }

if [ $# -gt 1 ]; then stop "usage: scripts/check-dist.sh [ARCHIVE]"; fi
if [ $# -eq 1 ]; then archive=$1; else archive=$(bash scripts/dist.sh | tail -n 1); fi
[ -f "$archive" ] || stop "no such archive: $archive"
for tool in ldd readelf objdump tar; do
  command -v "$tool" >/dev/null 2>&1 || stop "$tool is missing (binutils, libc-bin and tar provide them)"
done

name=$(basename "$archive" .tar.gz)
[[ "$name" =~ ^download-pages-(.+)-linux-([a-z0-9_]+)$ ]] || stop "unexpected archive name: $name"
expected_version=${BASH_REMATCH[1]}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/check-dist.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# 1. The archive: one folder with exactly the binary, README.md and LICENSE.
listing=$(tar -tzf "$archive" | sed 's:/$::' | sort)
expected_listing=$(printf '%s\n' "$name" "$name/LICENSE" "$name/README.md" "$name/download-pages" | sort)
[ "$listing" = "$expected_listing" ] || fail "the archive holds"$'\n'"$listing"$'\n'"instead of"$'\n'"$expected_listing"
tar -xzf "$archive" -C "$scratch"
unpacked="$scratch/$name/download-pages"
[ -x "$unpacked" ] || stop "$name/download-pages is missing or not executable in $archive"

# 2. What the dynamic loader needs: the C library family only, and no run path into a toolchain.
shared=$(ldd "$unpacked") || stop "ldd could not read the binary"
echo "ldd $name/download-pages:" >&2
sed 's/^/  /' <<<"$shared" >&2
allowed='^(linux-vdso|linux-gate|ld-linux[-a-z0-9_.]*|libc|libm|libstdc\+\+|libgcc_s|libz|libpthread|libdl|librt|libutil)\.so'
while read -r library _; do
  [ -n "$library" ] || continue
  library=$(basename "$library")
  [[ "$library" =~ $allowed ]] || fail "the binary loads $library, which is not part of the C library family"
done <<<"$shared"
if grep -q 'not found' <<<"$shared"; then fail "ldd reports a library that is not found"; fi
runpath=$(readelf -d "$unpacked" | grep -E '\((RPATH|RUNPATH)\)' || true)
if grep -qE 'swift|/opt/|/usr/lib' <<<"$runpath"; then fail "the binary carries a run path into a toolchain: $runpath"; fi
if readelf -S "$unpacked" | grep -q '\.symtab'; then fail "the binary is not stripped (it has a .symtab)"; fi

# 3. The binary alone in an empty folder, with a cleared environment: PATH without the toolchain,
#    no LD_LIBRARY_PATH, HOME pointing at an empty folder.
alone="$scratch/alone"
mkdir -p "$alone/home"
cp "$unpacked" "$alone/download-pages"
run_alone() { (cd "$alone" && env -i PATH=/usr/bin:/bin HOME="$alone/home" "$@"); }
if [ -e /usr/bin/swift ] || [ -e /bin/swift ]; then fail "swift is on /usr/bin:/bin, so the cleared PATH does not hide the toolchain"; fi
[ -z "$(run_alone printenv LD_LIBRARY_PATH || true)" ] || fail "LD_LIBRARY_PATH survives env -i"

version=$(run_alone ./download-pages --version 2>&1) || fail "download-pages --version exited non-zero: $version"
say "env -i PATH=/usr/bin:/bin ./download-pages --version -> $version"
[ "$version" = "$expected_version" ] || fail "--version printed '$version', the archive is named for '$expected_version'"

help=$(run_alone ./download-pages build --help 2>&1) || fail "download-pages build --help exited non-zero:"$'\n'"$help"
grep -q -- '--ids-file' <<<"$help" || fail "build --help does not mention --ids-file:"$'\n'"$help"
say "env -i PATH=/usr/bin:/bin ./download-pages build --help -> $(wc -l <<<"$help") lines, starting '$(head -n 1 <<<"$help")'"

# The loader must not reach into the toolchain even if it wanted to: trace what it loads.
loaded=$(cd "$alone" && env -i PATH=/usr/bin:/bin LD_DEBUG=libs ./download-pages --version 2>&1 >/dev/null |
  sed -n 's/.*calling init: //p' | sort -u)
if grep -qE 'swift|Foundation|cmark' <<<"$loaded"; then fail "at run time the loader opened:"$'\n'"$loaded"; fi

# 4. The binary alone builds the sample site: the theme and the sample orders are compiled in.
#    JSON decoding, Markdown through the statically linked libcmark, templates, atomic writes.
if ! output=$(run_alone ./download-pages build --sample-orders --output site 2>&1); then
  fail "download-pages build --sample-orders exited non-zero:"$'\n'"$output"
else
  say "env -i PATH=/usr/bin:/bin ./download-pages build --sample-orders -> $(head -n 1 <<<"$output") / $(tail -n 1 <<<"$output")"
  pages=$(find "$alone/site/orders" -name index.html | wc -l)
  # One page for each sample order compiled in (Sources/SampleOrders/orders), however many there are.
  samples=$(find "$root/Sources/SampleOrders/orders" -name '*.json' | wc -l)
  [ "$pages" -eq "$samples" ] || fail "the $samples sample orders gave $pages pages"
  for file in style.css robots.txt favicon.svg _headers index.html; do
    [ -f "$alone/site/$file" ] || fail "the site has no public file $file"
  done
  grep -rqs '<strong>brushes</strong>' "$alone/site/orders" || fail "no page holds the Markdown (**brushes**) rendered by libcmark"
fi

# 5. init, then one overridden partial: the override shows, the rest is the built-in theme.
theme="$alone/shop"
mkdir -p "$theme"
cp "$alone/download-pages" "$theme/"
run_in_theme() { (cd "$theme" && env -i PATH=/usr/bin:/bin HOME="$alone/home" "$@"); }
run_in_theme ./download-pages init >/dev/null 2>&1 || fail "download-pages init exited non-zero"
rm -rf "$theme/Public" "$theme/Templates/layout.mustache" "$theme/Templates/order.mustache" "$theme/Templates/partials/line.mustache"
printf '%s' '<li class="shop-asset">{{filename}} ({{size}})</li>' >"$theme/Templates/partials/asset.mustache"
if ! output=$(run_in_theme ./download-pages build --sample-orders --locale it 2>&1); then
  fail "a build with one overridden partial exited non-zero:"$'\n'"$output"
else
  say "init, one partial overridden, --locale it -> $(head -n 1 <<<"$output")"
  grep -rqs 'class="shop-asset"' "$theme/site/orders" || fail "the overridden partial does not show"
  grep -rqs '<html lang="it"' "$theme/site/orders" || fail "the pages are not in Italian"
  grep -rqs '1,5 GB' "$theme/site/orders" || fail "the Italian pages do not show 1,5 GB"
  [ -f "$theme/site/style.css" ] || fail "the built-in public files were not copied"
fi

# 6. check on a theme with a misspelt name: non-zero, naming file:line:column.
printf '%s' '<li>{{filenme}}</li>' >"$theme/Templates/partials/asset.mustache"
if output=$(run_in_theme ./download-pages check 2>&1); then
  fail "check passed a theme with a misspelt name"
elif grep -q "partials/asset.mustache:1:5: 'filenme' resolves to nothing" <<<"$output"; then
  say "check on a misspelt name -> exit non-zero, $(grep -m1 "filenme" <<<"$output")"
else
  fail "check did not name the misspelt name's position:"$'\n'"$output"
fi

# 7. With the toolchain's folder hidden altogether (root only: a private mount namespace).
swift_path=$(command -v swift 2>/dev/null || true)
if [ -n "$swift_path" ] && [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null 2>&1; then
  toolchain=$(dirname "$(dirname "$(dirname "$(readlink -f "$swift_path")")")")
  if [ "$toolchain" = / ] || [ "$toolchain" = /usr ]; then
    say "note: the toolchain lives in $toolchain, which cannot be hidden; the checks above still hold"
  elif ! unshare --mount --propagation private true 2>/dev/null; then
    say "note: no private mount namespace here, $toolchain not hidden; the checks above still hold"
  elif hidden=$(unshare --mount --propagation private sh -c \
    'mount -t tmpfs none "$1" && cd "$2" && env -i PATH=/usr/bin:/bin ./download-pages --version' \
    sh "$toolchain" "$alone" 2>&1) && [ "$hidden" = "$expected_version" ]; then
    say "with $toolchain hidden under an empty tmpfs: --version -> $hidden"
  else
    fail "with $toolchain hidden under an empty tmpfs, --version gave:"$'\n'"$hidden"
  fi
fi

# Facts for the release note.
size=$(stat -c %s "$unpacked")
glibc=$(objdump -T "$unpacked" | grep -o 'GLIBC_[0-9][0-9.]*' | sort -u -V | tail -n 1)
say "stripped binary: $((size / 1024 / 1024)) MB ($size bytes); archive: $(($(stat -c %s "$archive") / 1024 / 1024)) MB; needs ${glibc/_/ } or later"

if [ "$failures" -gt 0 ]; then
  echo "check-dist: $failures check(s) failed for $archive" >&2
  exit 1
fi
say "ok: $archive runs with the C library alone"
