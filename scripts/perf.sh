#!/usr/bin/env bash
# Measures what docs/performance.md reports: the median wall time of cold `attest analyze` runs on a
# 3 KB article, and warm single-thread throughput from `attest bench`. Usage: scripts/perf.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
article=examples/council-budget.txt
./attest --version >/dev/null   # builds first if needed, so the build is not timed
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./attest analyze "$article" --format json >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold CLI with claims, $article ($(wc -c <"$article") bytes): median $((sorted[runs / 2])) ms over $runs runs (all: ${times[*]})"
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  ./attest analyze "$article" --format json --no-claims >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "cold CLI, --no-claims: median $((sorted[runs / 2])) ms over $runs runs (all: ${times[*]})"
echo "load average before bench: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
echo "-- warm, the shipped 3 KB example: statements only, then statements + claims"
./attest bench "$article"
./attest bench-claims "$article"
if [[ -d ../shared/data/quotes/polnear/dev/text ]]; then
  echo "-- warm, the 84 real PolNeAR dev articles (mean about 5 KB)"
  ./attest bench ../shared/data/quotes/polnear/dev/text/*.txt
  ./attest bench-claims ../shared/data/quotes/polnear/dev/text/*.txt
fi
