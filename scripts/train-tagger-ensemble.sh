#!/usr/bin/env bash
# Rebuilds the committed attribution tagger ensemble from PolNeAR train: three tagger heads (seeds below) joined and
# calibrated on held-out train, then three cue scope nets trained on the joined model, joined and calibrated. Two jobs
# run at a time (one per core); each training run takes 20-35 minutes on 2 cores. Models are written under WORK_DIR and copied into the sources only at the end, so the
# CLI is not rebuilt under running jobs.
# Usage: scripts/train-tagger-ensemble.sh [TRAIN_DIR] [WORK_DIR] [MODEL_DIR]   (MODEL_DIR: where the two models go,
# by default the tagger module's resources)
set -euo pipefail
cd "$(dirname "$0")/.."
train=$(realpath "${1:-../shared/data/quotes/polnear/train}")
work=${2:-/tmp/attest-tagger-ensemble}
dest=${3:-tagger/src/main/resources/dev/attest/tagger}
cache=$work/states
mkdir -p "$work"
run() { ./attest train attribution-tagger "$train" --cache "$cache" "$@"; }

# The first head fills the MiniLM state cache alone, so the parallel runs read it instead of racing to write it.
run --head-only --seed 20261127 --out "$work/head-1.bin"
run --head-only --seed 11 --out "$work/head-2.bin" &
run --head-only --seed 22 --out "$work/head-3.bin" &
wait
run --head-only --members "$work/head-1.bin,$work/head-2.bin,$work/head-3.bin" --out "$work/tagger.bin"
run --scope-only --seed 20261127 --out "$work/tagger.bin" --scope-out "$work/scope-1.bin" &
run --scope-only --seed 11 --out "$work/tagger.bin" --scope-out "$work/scope-2.bin" &
wait
run --scope-only --seed 22 --out "$work/tagger.bin" --scope-out "$work/scope-3.bin"
run --scope-only --out "$work/tagger.bin" --recalibrate-scope "$work/scope-1.bin,$work/scope-2.bin,$work/scope-3.bin" --scope-out "$work/scope.bin"
mkdir -p "$dest"
cp "$work/tagger.bin" "$dest/attribution-tagger.bin"
cp "$work/scope.bin" "$dest/cue-scope.bin"
echo "copied the ensemble into $dest; when that is the tagger's resources, the next ./attest rebuilds the CLI with it"
