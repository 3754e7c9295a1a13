#!/usr/bin/env bash
# Builds one libFuzzer target into Fuzz/.build/TARGET (TARGET: template, order-page, preview-path,
# markdown). Not a SwiftPM target of the package, so the tool never depends on it: each harness
# is compiled with swiftc into one module together with the sources it exercises, so that all
# of them carry the fuzzer's coverage instrumentation and AddressSanitizer, and internal API
# (the preview's SiteFolder) is reachable without a testable build. The sources' imports of
# one another are satisfied by empty stub modules.
set -euo pipefail
target=$1
fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")
build="$fuzz/.build"
stubs="$build/stubs"
mkdir -p "$stubs"
cd "$root"

# Empty modules standing in for the project's own, whose sources join the harness's module.
for module in JSONParsing TemplateEngine DigitalDownloads MarkdownRendering SiteOutput BuiltInTheme; do
  if [ ! -f "$stubs/$module.swiftmodule" ]; then
    : >"$stubs/empty.swift"
    swiftc -parse-as-library -emit-module -module-name "$module" -emit-module-path "$stubs/$module.swiftmodule" \
      "$stubs/empty.swift"
  fi
done

swift_files() { find "$@" -name '*.swift' | sort; }
extra=()
case $target in
  template)
    sources=$(swift_files Sources/JSONParsing Sources/TemplateEngine) ;;
  markdown)
    sources=$(swift_files Sources/MarkdownRendering)
    extra=(-I Sources/CCmark -lcmark) ;;
  preview-path)
    sources=Sources/PreviewServer/SiteFolder.swift ;;
  order-page)
    # The part of SiteGenerator a page needs (a compile error here names a file to add), and the
    # built-in theme's files, embedded as the package's plugin does it.
    swiftc -parse-as-library Sources/EmbedFiles/EmbedFiles.swift -o "$build/embed-files"
    "$build/embed-files" "$build/EmbeddedTheme.swift" "Templates=$root/Templates" "Public=$root/Public"
    sources="$(swift_files Sources/JSONParsing Sources/TemplateEngine Sources/DigitalDownloads Sources/MarkdownRendering Sources/SiteOutput)"
    sources+=" $(swift_files Sources/SiteGenerator/Theme) Sources/SiteGenerator/OrderPage.swift"
    sources+=" Sources/SiteGenerator/SiteBuildError.swift Sources/SiteGenerator/SiteBuildConfiguration.swift"
    sources+=" Sources/SiteGenerator/BuildManifest.swift Sources/BuiltInTheme/BuiltInTheme.swift $build/EmbeddedTheme.swift"
    extra=(-I Sources/CCmark -lcmark) ;;
  *)
    echo "unknown fuzz target $target (template, order-page, preview-path, markdown)" >&2
    exit 2 ;;
esac
rm -f "$build/$target"
harness="$fuzz/Harnesses/$(echo "$target" | sed -E 's/(^|-)(.)/\U\2/g' | sed 's/^/Fuzz/').swift"
# shellcheck disable=SC2086
swiftc -sanitize=fuzzer,address -parse-as-library -g -O -module-name "Fuzz$(basename "$harness" .swift | cut -c5-)" \
  -I "$stubs" "${extra[@]}" $sources "$harness" -o "$build/$target" 2>&1 | grep -iv "cannot export local symbol" || true
test -x "$build/$target"
