#!/usr/bin/env bash
# The first frame of the installed kind of build (release, static) on a pty, beside the C ncurses
# floor, with no file yet and with a small file, A B A B ... so both see the same load. Prints
# Markdown (the "Start-up" section of BENCHMARKS.md). Usage, from anywhere:
#
#     Benchmarks/startup.sh [RUNS] [OTHER-IMGPATH-BINARY]
#
# RUNS defaults to 60. A second binary (for example a build of an older commit) is run in the
# same rounds, labelled "other". The programs run at nice -20 when the script may raise their
# priority (as root), so that other work on a shared machine disturbs them less; it is said in
# the output. SCRATCH overrides the build folder (default .build-bench).
set -euo pipefail

runs="${1:-60}"
other="${2:-}"
source "$(dirname "${BASH_SOURCE[0]}")/release_setup.sh" startup
trap 'rm -rf "$work"' EXIT
small="$work/small.json"
IMGPATH_FILE="$small" "$bin" mark step1 passed --date 2024-03-15 >/dev/null
IMGPATH_FILE="$small" "$bin" mark step2ck passed --date 2024-09-01 >/dev/null
IMGPATH_FILE="$small" "$bin" note step1 "Prometric, Dubai" >/dev/null
# Histories of 1,000 and 100,000 changes: the first frame must not grow with them.
"$bin_dir/imgpath-bench" make-file 1000 "$work/h1000.json" >/dev/null
"$bin_dir/imgpath-bench" make-file 100000 "$work/h100000.json" >/dev/null
"$bin_dir/imgpath-bench" make-season-file "$work/season.json" >/dev/null

echo "- Binary: $(file -b "$bin" | cut -d, -f1,2,4), $(du -h "$bin" | cut -f1)"
echo "- Commit: $(git rev-parse --short HEAD 2>/dev/null || echo none)"
echo "- Priority: ${priority[*]:-normal}; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
# A remembered theme, as `imgpath --theme light` leaves it.
mkdir -p "$work/remembered/imgpath"
printf '{\n  "theme" : "light"\n}\n' >"$work/remembered/imgpath/config.json"
for case in "no file yet=$work/none/pathway.json=$XDG_CONFIG_HOME" \
    "a small file (3 changes, $(wc -c <"$small") bytes)=$small=$XDG_CONFIG_HOME" \
    "1,000 changes ($(wc -c <"$work/h1000.history.jsonl") bytes of history)=$work/h1000.json=$XDG_CONFIG_HOME" \
    "100,000 changes ($(wc -c <"$work/h100000.history.jsonl") bytes of history)=$work/h100000.json=$XDG_CONFIG_HOME" \
    "600 programs, 60 letters, 20,000 changes ($(wc -c <"$work/season.json") bytes of snapshot)=$work/season.json=$XDG_CONFIG_HOME" \
    "no file yet, a remembered theme (light)=$work/none/pathway.json=$work/remembered"; do
    IFS== read -r label file config <<<"$case"
    echo "### $label, $runs runs each, alternating"
    echo
    programs=("C ncurses hello=q quit==$work/hello" "imgpath=quit=$file=$bin")
    if [[ -n "$other" ]]; then programs+=("other=quit=$file=$other"); fi
    XDG_CONFIG_HOME="$config" "${priority[@]}" python3 Benchmarks/pty_latency.py --runs "$runs" \
        --floor "C ncurses hello" --target imgpath "${programs[@]}"
    echo
done
echo "- Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
