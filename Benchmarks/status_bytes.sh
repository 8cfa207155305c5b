#!/usr/bin/env bash
# Counts the bytes `imgpath status` reads from the pathway's files (snapshot and history) at
# several history sizes, with strace: the count must not grow with the history.
# Usage: Benchmarks/status_bytes.sh IMGPATH IMGPATH_BENCH [SIZES...]   (default 0 1000 100000)
set -euo pipefail
imgpath="$1"
bench="$2"
shift 2
sizes=("${@:-0 1000 100000}")
work="$(mktemp -d "${TMPDIR:-/tmp}/imgpath-bytes-XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "| events | snapshot | history file | bytes read from them by \`imgpath status\` | read calls |"
echo "|---|---|---|---|---|"
for events in ${sizes[@]}; do
    file="$work/p-$events.json"
    if [[ "$events" -gt 0 ]]; then "$bench" make-file "$events" "$file"; else "$imgpath" check --file "$file" >/dev/null; fi
    # -y names the file behind each descriptor; only reads of the pathway's files count.
    strace -f -y -e trace=read,pread64 -o "$work/trace" "$imgpath" status --file "$file" >/dev/null
    summary="$( (grep -E "<$work/p-$events\.(json|history\.jsonl)>" "$work/trace" || true) | awk -F'= ' '{n += $NF; c += 1} END {print n + 0, c + 0}')"
    snapshot=$(stat -c %s "$file" 2>/dev/null || echo 0)
    history=$(stat -c %s "$work/p-$events.history.jsonl" 2>/dev/null || echo 0)
    echo "| $events | $snapshot B | $history B | ${summary% *} B | ${summary#* } |"
done
