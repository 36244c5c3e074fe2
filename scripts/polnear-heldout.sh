#!/usr/bin/env bash
# A PolNeAR split folder (symlinks, nothing copied) of the train articles that `attest train attribution-tagger`
# holds out: every tenth in file-name order. Score it with
#   ./attest eval quotes --dataset polnear /tmp/polnear-heldout [--tagger[=tagger|hybrid]] [--errors FILE]
# Usage: scripts/polnear-heldout.sh [TRAIN_DIR] [OUT_DIR]
set -euo pipefail
src=$(realpath "${1:-../shared/data/quotes/polnear/train}")
out=${2:-/tmp/polnear-heldout}
[[ -d "$src/text" && -d "$src/attributions" ]] || { echo "polnear-heldout: no PolNeAR split at $src" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/text" "$out/attributions"
i=0
while IFS= read -r name; do
  i=$((i + 1))
  if (( i % 10 == 0 )); then
    ln -s "$src/text/$name" "$out/text/$name"
    for ann in "$src/attributions/${name%.txt}"_????.ann; do
      ln -s "$ann" "$out/attributions/"
    done
  fi
done < <(cd "$src/text" && ls -1 | LC_ALL=C sort)
echo "polnear-heldout: $(ls "$out/text" | wc -l) articles in $out"
