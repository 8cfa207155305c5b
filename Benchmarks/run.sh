#!/usr/bin/env bash
# Measures imgpath: in-process load, save, keys and memory at 10 to 100,000 history events, then
# the real release binary's first frame and key latency on a pty beside a C ncurses floor.
# Prints Markdown (the tables of BENCHMARKS.md). Usage, from anywhere:
#
#     Benchmarks/run.sh [--quick]
#
# --quick: fewer runs and a shorter time per figure (a smoke test, not for BENCHMARKS.md).
# SCRATCH overrides the build folder (default .build-bench, so a running `swift build` in .build
# is not disturbed).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="${SCRATCH:-$root/.build-bench}"
runs=50
big_runs=20
budget=1500
if [[ "${1:-}" == "--quick" ]]; then
    runs=5
    big_runs=3
    budget=200
fi

cd "$root"
echo "Building the release binaries..." >&2
swift build -c release --scratch-path "$scratch" --product imgpath >&2
swift build -c release --scratch-path "$scratch" --product imgpath-bench >&2
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"
cc -O2 -Wall -o "$scratch/hello" Benchmarks/hello.c -lncursesw

work="$(mktemp -d "${TMPDIR:-/tmp}/imgpath-bench-run-XXXXXX")"
trap 'rm -rf "$work"' EXIT
# The programs read no settings or themes of the person running this.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME"
unset NO_COLOR IMGPATH_FILE IMGPATH_NOW

echo "## Machine"
echo
echo "- CPU: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) CPUs"
echo "- Memory: $(free -h | awk '/^Mem:/ {print $2}')"
echo "- Swift: $(swift --version 2>&1 | head -1)"
echo "- ncurses: $(dpkg-query -W -f '${Version}' libncursesw6 2>/dev/null || echo unknown)"
echo "- Commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo none)$(git -C "$root" diff --quiet HEAD -- Sources 2>/dev/null || echo ' (with uncommitted changes in Sources)')"
echo "- Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "## In process (imgpath-bench)"
echo
"$bin/imgpath-bench" --budget-ms "$budget"
echo
echo "## The real program on a pty (80x24, LANG=C.UTF-8, TERM=xterm-256color)"
echo
for events in 1000 10000 100000; do
    "$bin/imgpath-bench" make-file "$events" "$work/pathway-$events.json"
done
echo "### 1,000-event file, $runs runs each, alternating"
echo
python3 Benchmarks/pty_latency.py --runs "$runs" --floor "C ncurses hello" --target "imgpath" \
    "C ncurses hello=q quit==$scratch/hello" \
    "imgpath=quit=$work/pathway-1000.json=$bin/imgpath"
echo
echo "### No file, 1,000, 10,000 and 100,000 events, $big_runs runs each, alternating"
echo
python3 Benchmarks/pty_latency.py --runs "$big_runs" --floor "C ncurses hello" --target "imgpath, 100,000 events" \
    "C ncurses hello=q quit==$scratch/hello" \
    "imgpath, no file=quit=$work/none.json=$bin/imgpath" \
    "imgpath, 1,000 events=quit=$work/pathway-1000.json=$bin/imgpath" \
    "imgpath, 10,000 events=quit=$work/pathway-10000.json=$bin/imgpath" \
    "imgpath, 100,000 events=quit=$work/pathway-100000.json=$bin/imgpath"
echo
echo "### Bytes \`imgpath status\` reads from the pathway's files (strace)"
echo
bash Benchmarks/status_bytes.sh "$bin/imgpath" "$bin/imgpath-bench" 0 1000 100000
echo
echo "- Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
