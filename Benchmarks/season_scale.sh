#!/usr/bin/env bash
# The season at full size, side by side in one run of the release static build: first frames
# beside the C ncurses floor (no file, 100,000 changes, the 600-program season file, 3,000
# imported programs), a change on the screen and on the command line with 3,000 programs beside
# the same change on a small file, the bytes `status` reads, the time of a 3,000-row import and
# its undo, and peak memory. Prints Markdown (the "Season at full size" section of
# BENCHMARKS.md). Usage, from anywhere:
#
#     Benchmarks/season_scale.sh [RUNS]
#
# RUNS (default 31) is the number of rounds of each pty and command-line comparison. The files
# live in a temporary folder on the disk TMPDIR names (ext4 here), with every flush a change
# makes. SCRATCH overrides the build folder (default .build-bench, shared with startup.sh).
set -euo pipefail

runs="${1:-31}"
source "$(dirname "${BASH_SOURCE[0]}")/release_setup.sh" season
trap 'rm -rf "$work"' EXIT

# A person's sheet of 3,000 programs, applied to in September.
python3 - "$work/sheet.csv" <<'PY'
import sys
states = ["NY", "CA", "TX", "IL", "PA", "MI", "OH", "FL", "NJ", "MA"]
visas = ["j1", "h1b", "both", "none"]
with open(sys.argv[1], "w") as sheet:
    sheet.write("Program Name,City,State,Visa Sponsorship,Step 2 CK cutoff,Fee,Applied\n")
    for n in range(1, 3001):
        sheet.write('"Internal Medicine Program %d",City %d,%s,%s,%d,$%d.00,2026-09-%02d\n'
                    % (n, n % 97, states[n % 10], visas[n % 4], 210 + n % 40, n % 90, 10 + n % 18))
PY
# The small file and the season's file start alike: one note on Step 1, nothing else done.
small="$work/small.json"
big="$work/p3000.json"
"$bin" note step1 "Prometric, Dubai" --file "$small" >/dev/null
"$bin" note step1 "Prometric, Dubai" --file "$big" >/dev/null
import_start=$(date +%s%N)
"$bin" program import "$work/sheet.csv" --file "$big" >/dev/null
import_end=$(date +%s%N)
"$bin" undo --file "$big" >/dev/null
undo_end=$(date +%s%N)
"$bin" redo --file "$big" >/dev/null
redo_end=$(date +%s%N)
"$bin_dir/imgpath-bench" make-file 100000 "$work/h100000.json" >/dev/null
"$bin_dir/imgpath-bench" make-season-file "$work/season.json" >/dev/null

size() { stat -c %s "$1" 2>/dev/null || echo 0; }

echo "- Binary: $(file -b "$bin" | cut -d, -f1,2,4), $(du -h "$bin" | cut -f1)"
echo "- Commit: $(git rev-parse --short HEAD 2>/dev/null || echo none)"
echo "- Disk: $(df -T "$work" | awk 'NR == 2 { print $2 }') ($(df "$work" | awk 'NR == 2 { print $1 }'))"
echo "- Priority: ${priority[*]:-normal}; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- 3,000 programs: snapshot $(size "$big") B, programs' file $(size "$work/p3000.programs.json") B, history $(size "$work/p3000.history.jsonl") B"
echo
echo "## First frame beside the C floor (target 1.5x)"
echo
echo "Beside the C floor and imgpath, the floor in Swift (imgpath-floor: a static executable built as"
echo "imgpath is, drawing the C floor's frame with the same C code): alone; after decoding three"
echo "fields of the file with Foundation's JSONDecoder (the decoder's first use); and after reading the"
echo "snapshot as imgpath does before its first frame (PathwayDocument.decode). What is left between"
echo "the last and imgpath is imgpath's own work: its rules, plan, theme and views."
echo
for case in "no file yet=$work/none/pathway.json" \
    "100,000 changes=$work/h100000.json" \
    "the season file: 600 programs, 60 letters, 20,000 changes=$work/season.json" \
    "3,000 imported programs=$big"; do
    IFS== read -r label file <<<"$case"
    echo "### $label, $runs runs each, alternating"
    echo
    swift_floors=("Swift floor, frame only=q quit==$floor")
    if [[ -f "$file" ]]; then
        swift_floors+=("Swift floor, JSONDecoder's first use=q quit==$floor --decoder-only $file"
            "Swift floor, the snapshot read=q quit==$floor $file")
    fi
    "${priority[@]}" python3 Benchmarks/pty_latency.py --runs "$runs" --ratio 1.5 \
        --floor "C ncurses hello" --target imgpath "C ncurses hello=q quit==$work/hello" "${swift_floors[@]}" \
        "imgpath=quit=$file=$bin"
    echo
done

echo "## A change on the screen: a, Enter (the step's next status, today, saved and redrawn)"
echo
echo "Each run starts the program, waits for the first frame and half a second more (a person reading"
echo "it; the screen reads the whole list of programs meanwhile), presses a and Enter and times until"
echo "the redraw after the save; u (not timed) takes it back. Target: within 1.5x of the small file."
echo
"${priority[@]}" python3 Benchmarks/pty_latency.py --runs "$runs" --key $'a\r' --then u --settle 0.5 --ratio 1.5 \
    --key-floor "small file" --target "3,000 programs" "small file=quit=$small=$bin" "3,000 programs=quit=$big=$bin"
echo

echo "## A change on the command line: imgpath note step1 TEXT (target 1.5x of the small file)"
echo
"${priority[@]}" python3 - "$runs" "$bin" "$small" "$big" <<'PY'
import subprocess, sys, time
runs, binary, small, big = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
cases = [("small file", small, ["note", "step1"]), ("3,000 programs", big, ["note", "step1"]),
         ("small file, status", small, ["status"]), ("3,000 programs, status", big, ["status"]),
         ("3,000 programs, program set pg-17 notes", big, ["program", "set", "pg-17", "notes"])]
times = {label: [] for label, _, _ in cases}
for run in range(runs + 1):
    for label, path, command in cases:
        arguments = [binary] + command + (["round %d" % run] if command[0] != "status" else []) + ["--file", path]
        start = time.perf_counter_ns()
        subprocess.run(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        if run > 0:
            times[label].append(time.perf_counter_ns() - start)
def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(-(-fraction * len(ordered) // 1)) - 1))]
print("| command | median | p90 | runs |")
print("|---|---|---|---|")
for label, _, _ in cases:
    print("| %s | %.2f ms | %.2f ms | %d |" % (label, percentile(times[label], 0.5) / 1e6,
                                             percentile(times[label], 0.9) / 1e6, len(times[label])))
ratio = percentile(times["3,000 programs"], 0.5) / percentile(times["small file"], 0.5)
print()
print("- note with 3,000 programs within 1.5x of the small file: %.2fx: **%s**"
      % (ratio, "met" if ratio <= 1.5 else "missed"))
PY
echo

echo "## Import, undo and redo of 3,000 rows on the command line (one run each)"
echo
echo "| step | time (whole command) |"
echo "|---|---|"
echo "| program import (3,000 rows) | $(((import_end - import_start) / 1000000)) ms |"
echo "| undo | $(((undo_end - import_end) / 1000000)) ms |"
echo "| redo | $(((redo_end - undo_end) / 1000000)) ms |"
echo

echo "## In process (imgpath-bench season-scale): 3,000 programs"
echo
echo '```'
mkdir -p "$work/in-process"
"$bin_dir/imgpath-bench" season-scale "$work/in-process"
echo '```'
echo

echo "## Bytes \`imgpath status\` reads from the pathway's files"
echo
echo "| file | bytes read | read calls |"
echo "|---|---|---|"
for case in "small file=$small" "3,000 programs=$big" "100,000 changes=$work/h100000.json"; do
    IFS== read -r label file <<<"$case"
    base="${file%.json}"
    strace -f -y -e trace=read,pread64 -o "$work/trace" "$bin" status --file "$file" >/dev/null
    summary="$( (grep -F "<$base." "$work/trace" || true) | awk -F'= ' '{n += $NF; c += 1} END {print n + 0, c + 0}')"
    echo "| $label | ${summary% *} B | ${summary#* } |"
done
echo

echo "## Peak memory (maximum resident set, /usr/bin/time)"
echo
echo "| run | peak |"
echo "|---|---|"
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
echo "| status, no file yet | $(peak "$bin" status --file "$work/none/pathway.json") KiB |"
echo "| status, 3,000 programs | $(peak "$bin" status --file "$big") KiB |"
echo "| program list, 3,000 programs | $(peak "$bin" program list --file "$big") KiB |"
# The screen: first frame, every program read, then q.
screen_peak() {
    python3 - "$bin" "$1" <<'PY'
import fcntl, os, resource, select, struct, subprocess, sys, termios, time
binary, path = sys.argv[1], sys.argv[2]
master, slave = os.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", IMGPATH_FILE=path)
process = subprocess.Popen([binary], stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
os.close(slave)
buffer, deadline = b"", time.time() + 10
while b"quit" not in buffer and time.time() < deadline:
    if select.select([master], [], [], 0.1)[0]:
        buffer += os.read(master, 65536)
time.sleep(0.5)
os.write(master, b"q")
process.wait(timeout=10)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
}
echo "| the screen, no file yet | $(screen_peak "$work/none/pathway.json") KiB |"
echo "| the screen, 3,000 programs | $(screen_peak "$big") KiB |"
echo
echo "- Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
