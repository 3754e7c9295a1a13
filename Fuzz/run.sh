#!/usr/bin/env bash
# Builds and runs every fuzz target (or those named) for FUZZ_SECONDS each (default 60), then
# prints per target the executions, executions a second and crashes found. The corpus grows
# in Fuzz/.corpus/TARGET from the committed seeds in Fuzz/Seeds/TARGET (only the seeds are in
# git); a crashing input is kept in Fuzz/.crashes/TARGET/ to become a regression test.
set -uo pipefail
fuzz=$(cd "$(dirname "$0")" && pwd)
seconds=${FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(template order-page preview-path markdown)
summary=()
status=0
for target in "${targets[@]}"; do
  bash "$fuzz/build.sh" "$target" || { summary+=("$target: build failed"); status=1; continue; }
  corpus="$fuzz/.corpus/$target"
  crashes="$fuzz/.crashes/$target"
  log="$fuzz/.build/$target.log"
  mkdir -p "$corpus" "$crashes"
  # -timeout: an input taking longer than 10 s is a hang. A run stops at its first crash.
  count() { find "$crashes" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) | wc -l; }
  before=$(count)
  start=$(date +%s)
  LSAN_OPTIONS="suppressions=$fuzz/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
    "$fuzz/.build/$target" "$corpus" "$fuzz/Seeds/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$crashes/" >"$log" 2>&1
  # (The final statistics may be printed twice, after a crash report at exit: the first counts.)
  executions=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | head -1 | awk '{ print $2 + 0 }')
  elapsed=$(( $(date +%s) - start ))
  found=$(( $(count) - before ))
  rate=$(( executions / (elapsed > 0 ? elapsed : 1) ))
  summary+=("$target: $executions executions in $elapsed s (about $rate/s), $found crashes (inputs in Fuzz/.crashes/$target)")
  [ "$found" -eq 0 ] || status=1
done
printf '%s\n' "${summary[@]}"
exit $status
