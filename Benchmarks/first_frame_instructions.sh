#!/usr/bin/env bash
# Instructions to the first frame and quit, counted by valgrind's callgrind on a pty, for the
# C ncurses floor, the Swift floor (imgpath-floor: the same drawing, alone and after reading a
# snapshot as imgpath does) and imgpath with no file, a small file, a 1,000-change history, the
# season file (600 programs) and 3,000 imported programs. imgpath reads the whole list of
# programs after its first frame (`readAllPrograms`); callgrind starts a new count there, so the
# first column is the count to the first frame and the second the whole run to quit. Counts do
# not depend on the machine's load, so they show what a change to the start path costs or saves
# where times on a shared machine cannot. Prints Markdown. Usage, from anywhere:
#
#     Benchmarks/first_frame_instructions.sh [OUTPUT-FOLDER]
#
# The callgrind files stay in OUTPUT-FOLDER (default: a temporary folder, removed) for
# `callgrind_annotate --inclusive=yes FILE`. Uses the release build in .build-bench that
# Benchmarks/startup.sh builds (SCRATCH overrides the folder).
set -euo pipefail

command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
out="${1:-}"
source "$(dirname "${BASH_SOURCE[0]}")/release_setup.sh" instructions
if [[ -z "$out" ]]; then trap 'rm -rf "$work"' EXIT; out="$work"; fi
mkdir -p "$out"
small="$work/small.json"
IMGPATH_FILE="$small" "$bin_dir/imgpath" mark step1 passed --date 2024-03-15 >/dev/null
IMGPATH_FILE="$small" "$bin_dir/imgpath" mark step2ck passed --date 2024-09-01 >/dev/null
IMGPATH_FILE="$small" "$bin_dir/imgpath" note step1 "Prometric, Dubai" >/dev/null
"$bin_dir/imgpath-bench" make-file 1000 "$work/h1000.json" >/dev/null
"$bin_dir/imgpath-bench" make-season-file "$work/season.json" >/dev/null
python3 -c '
import sys
with open(sys.argv[1], "w") as sheet:
    sheet.write("Program Name,City,State,Applied\n")
    for n in range(1, 3001):
        sheet.write("Internal Medicine Program %d,City %d,NY,2026-09-%02d\n" % (n, n % 97, 10 + n % 18))
' "$work/sheet.csv"
"$bin_dir/imgpath" note step1 "Prometric, Dubai" --file "$work/p3000.json" >/dev/null
"$bin_dir/imgpath" program import "$work/sheet.csv" --file "$work/p3000.json" >/dev/null

# Runs a program on a new pty (script), presses q after the first frame, prints its counts: to
# the first frame (the part before readAllPrograms, when there is one) and to quit.
count() {
    local name="$1" file="$2" program="$3"
    (sleep 3; printf q) | TERM=xterm-256color LANG=C.UTF-8 COLUMNS=80 LINES=24 IMGPATH_FILE="$file" \
        script -qfc "stty cols 80 rows 24; valgrind --tool=callgrind --dump-before='*readAllPrograms*' --callgrind-out-file=$out/$name.callgrind $program" \
        /dev/null >/dev/null 2>&1
    local first total=0 part
    for part in "$out/$name.callgrind" "$out/$name.callgrind".*; do
        [[ -f "$part" ]] || continue
        total=$((total + $(callgrind_annotate "$part" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')))
    done
    if [[ -f "$out/$name.callgrind.1" ]]; then
        first=$(callgrind_annotate "$out/$name.callgrind.1" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
    else
        first=$total
    fi
    printf "%'d | %'d" "$first" "$total"
}

echo "| program | instructions to the first frame | to quit |"
echo "|---|---|---|"
echo "| C ncurses hello | $(count hello "" "$work/hello") |"
echo "| the Swift floor (imgpath-floor), frame only | $(count floor "" "$floor") |"
echo "| the Swift floor, after JSONDecoder's first use (three fields of the small file) | $(count floor-decoder "" "$floor --decoder-only $small") |"
echo "| the Swift floor, after reading the small file's snapshot | $(count floor-small "" "$floor $small") |"
echo "| the Swift floor, after reading the season file's snapshot | $(count floor-season "" "$floor $work/season.json") |"
echo "| imgpath, no file yet | $(count none "$work/none/pathway.json" "$bin_dir/imgpath") |"
echo "| imgpath, a small file (3 changes) | $(count small "$small" "$bin_dir/imgpath") |"
echo "| imgpath, 1,000 changes | $(count h1000 "$work/h1000.json" "$bin_dir/imgpath") |"
echo "| imgpath, the season file (600 programs, 60 letters, 20,000 changes) | $(count season "$work/season.json" "$bin_dir/imgpath") |"
echo "| imgpath, 3,000 imported programs | $(count p3000 "$work/p3000.json" "$bin_dir/imgpath") |"
