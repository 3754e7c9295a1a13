#!/usr/bin/env bash
# Builds the binary a storefront installs: a release build with the Swift runtime and libcmark linked
# statically, stripped, packed with README.md and LICENSE as
#   dist/download-pages-<version>-linux-<arch>.tar.gz      (and its .sha256 beside it)
# (one folder, download-pages-<version>-linux-<arch>/, holding the three files). The binary needs only
# the C library family (glibc, libstdc++, libgcc_s, libm, libz) on the machine that runs it.
#
# Installs what it needs (Debian/Ubuntu), only when missing. Safe to run again: an unchanged tree
# relinks nothing and rewrites the same archive. Prints the archive's path on standard output;
# everything else goes to standard error.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "dist: error: $*" >&2
  exit 1
}
say() { echo "dist: $*" >&2; }

# What the build needs (libcmark-dev ships libcmark.a), then strip (binutils).
bash .ci/install-dependencies >&2
if ! command -v strip >/dev/null 2>&1; then
  say "installing: binutils"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq binutils >/dev/null
fi
command -v swift >/dev/null 2>&1 || fail "swift is not on PATH: make dist needs a Swift 6 toolchain on the build machine"
[ -f LICENSE ] || fail "LICENSE is missing: the archive ships it"

# libcmark statically: SwiftPM puts the -L of `pkg-config libcmark` (/usr/lib/<arch>) first on the link
# line and any -Xlinker -L after it, and the linker takes the first folder that has a libcmark, where the
# .so wins over the .a. So the build sees a copy of libcmark.pc whose libdir is a folder holding only
# libcmark.a: the -lcmark of the CCmark module then resolves to the archive. Cflags stay the system's.
cmark_archive=$(dpkg -L libcmark-dev 2>/dev/null | grep '/libcmark\.a$' | head -n 1 || true)
[ -n "$cmark_archive" ] && [ -f "$cmark_archive" ] ||
  fail "libcmark-dev is installed but ships no libcmark.a (dpkg -L libcmark-dev): cannot link libcmark statically"
cmark_pc="$(pkg-config --variable=pcfiledir libcmark)/libcmark.pc"
[ -f "$cmark_pc" ] || fail "pkg-config knows libcmark but $cmark_pc is missing"
static_libs="$PWD/.build-dist/static-libs"
mkdir -p "$static_libs" .build-dist/pkgconfig
cmp -s "$cmark_archive" "$static_libs/libcmark.a" || cp "$cmark_archive" "$static_libs/libcmark.a"
sed "s|^libdir=.*|libdir=$static_libs|" "$cmark_pc" >.build-dist/pkgconfig/libcmark.pc.new
grep -q "^libdir=$static_libs\$" .build-dist/pkgconfig/libcmark.pc.new || fail "$cmark_pc has no libdir= line to redirect"
if cmp -s .build-dist/pkgconfig/libcmark.pc.new .build-dist/pkgconfig/libcmark.pc; then
  rm .build-dist/pkgconfig/libcmark.pc.new
else
  mv .build-dist/pkgconfig/libcmark.pc.new .build-dist/pkgconfig/libcmark.pc
fi
export PKG_CONFIG_PATH="$PWD/.build-dist/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"

build_flags=(-c release --static-swift-stdlib)
say "swift build ${build_flags[*]} --product download-pages (a first release build takes a while)"
swift build "${build_flags[@]}" --product download-pages >&2 || fail "the release build failed (see above)"
built="$(swift build "${build_flags[@]}" --show-bin-path)/download-pages"
[ -x "$built" ] || fail "the build reported success but $built is missing"

# Nothing of Swift's, and not libcmark, may be loaded at run time.
shared=$(ldd "$built") || fail "ldd could not read $built"
if grep -E 'libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|libcmark|not found' <<<"$shared" >&2; then
  fail "$built still needs the shared libraries above: it would not run without the Swift toolchain"
fi

version=$("$built" --version) || fail "$built --version failed"
[[ "$version" =~ ^[0-9A-Za-z.+-]+$ ]] || fail "unexpected output of download-pages --version: '$version'"
name="download-pages-$version-linux-$(uname -m)"

# Stage, strip, pack. The archive's timestamps and owners are fixed (the last commit's time, root),
# so the same binary always gives the same archive.
stage=.build-dist/stage
rm -rf "$stage"
mkdir -p "$stage/$name" dist
strip -o "$stage/$name/download-pages" "$built"
cp README.md LICENSE "$stage/$name/"
epoch=$(git log -1 --format=%ct 2>/dev/null || echo 0)
archive="dist/$name.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -C "$stage" -cf - "$name" |
  gzip -n -9 >"$archive.partial"
mv "$archive.partial" "$archive"
(cd dist && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")

size=$(stat -c %s "$stage/$name/download-pages")
say "$archive: download-pages $version, stripped $((size / 1024 / 1024)) MB ($size bytes), archive $(($(stat -c %s "$archive") / 1024 / 1024)) MB"
echo "$archive"
