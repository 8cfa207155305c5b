# Sourced by the benchmark scripts that time the release build (startup.sh, season_scale.sh,
# first_frame_instructions.sh): builds the release static `imgpath` as the README installs it,
# with `imgpath-bench` and `imgpath-floor` (the floor in Swift), makes a temporary folder, compiles the C ncurses floor into it, and
# points HOME and the XDG folders into it, so the programs read none of the settings, themes or
# files of the person running the script. The caller removes the folder (its own `trap`).
#
#     source "$(dirname "${BASH_SOURCE[0]}")/release_setup.sh" NAME
#
# Sets: root, scratch (SCRATCH overrides the default .build-bench), bin_dir, bin, floor (the
# Swift floor), work (named
# imgpath-NAME-...), priority (nice -n -20 when the script may raise its priority, as root).

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="${SCRATCH:-$root/.build-bench}"
cd "$root"
echo "Building the release binary (as the README installs it)..." >&2
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product imgpath >&2
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product imgpath-bench >&2
swift build -c release --static-swift-stdlib --scratch-path "$scratch" --product imgpath-floor >&2
bin_dir="$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)"
bin="$bin_dir/imgpath"
floor="$bin_dir/imgpath-floor"
work="$(mktemp -d "${TMPDIR:-/tmp}/imgpath-$1-XXXXXX")"
cc -O2 -Wall -o "$work/hello" Benchmarks/hello.c -lncursesw
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$HOME" "$work/none"
unset NO_COLOR IMGPATH_FILE IMGPATH_NOW
priority=()
if nice -n -20 true 2>/dev/null; then priority=(nice -n -20); fi
