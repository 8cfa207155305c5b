#!/bin/sh
# Regenerates Sources/PathwayCore/Facts/FactBook+Generated.swift from the facts files in this
# folder: each fact as a Swift value, so the program reads its built-in facts without decoding
# JSON and a copied binary still has them. Run it after editing, adding or removing a fact:
#
#     Facts/embed.sh
#
# FactsTests fails until you do (it compares the file with the generator's output).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
swift run --quiet FactsCodegen Sources/PathwayCore/Facts/FactBook+Generated.swift Facts
echo "wrote Sources/PathwayCore/Facts/FactBook+Generated.swift"
