#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for a bounded time.
# Usage: Fuzz/run.sh [SECONDS_PER_TARGET]   (default 30)
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-30}"
scratch="../.build-fuzz"
swift build -c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/loader" "$work/reducer"
cp corpus/loader/* "$work/loader/"
"$scratch/release/FuzzLoader" -max_total_time="$seconds" -dict=loader.dict -max_len=8192 -print_final_stats=1 "$work/loader"
"$scratch/release/FuzzReducer" -max_total_time="$seconds" -max_len=512 -print_final_stats=1 "$work/reducer"
echo "fuzz: no crash in ${seconds}s per target"
