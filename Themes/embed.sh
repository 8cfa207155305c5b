#!/bin/sh
# Regenerates Sources/PathwayTUI/Theme/BundledThemes+Generated.swift from the theme files in this
# folder: each theme as Swift values, so the program shows a built-in theme without decoding
# JSON and a copied binary still has them. Run it after editing, adding or removing a theme:
#
#     Themes/embed.sh
#
# ThemeTests fails until you do (it compares the file with the generator's output, and every
# generated theme with what decoding its file gives).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift run --quiet ThemeCodegen Sources/PathwayTUI/Theme/BundledThemes+Generated.swift Themes
echo "wrote Sources/PathwayTUI/Theme/BundledThemes+Generated.swift"
