#!/usr/bin/env bash
# Measures the store figures of docs/performance.md: ingest rate into a fresh store with and without claims,
# ingest rate into a store of 100k articles, search latency on that store, peak RSS, and the rate on the real
# articles under ../shared/data. Every run is `attest bench-store` in its own JVM under /usr/bin/time -v.
# Usage: scripts/bench-store.sh [WORK_DIR (default /tmp/attest-store-bench)] [FRESH_ARTICLES (default 5000)] [BIG (default 100000)]
# The 100k store is built with --no-claims (claims would take hours on two shared cores); the 2,000 articles
# added to it afterwards run with claims on.
set -euo pipefail
cd "$(dirname "$0")/.."
work="${1:-/tmp/attest-store-bench}"
fresh="${2:-5000}"
big="${3:-100000}"
rm -rf "$work"
mkdir -p "$work"
attest="${ATTEST_CMD:-./attest}"   # ATTEST_CMD: another launcher, e.g. a copy of the CLI that later edits cannot rebuild
$attest --version >/dev/null   # builds first if needed, so the build is not timed
run() {
  local name="$1"; shift
  echo "== $name: attest bench-store $* (cores $(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  /usr/bin/time -v -o "$work/$name.time" $attest bench-store "$@" | tee "$work/$name.txt"
  grep -E "Maximum resident set size|Elapsed \(wall clock\)" "$work/$name.time" | sed 's/^\t*/  time -v: /'
}
run fresh-claims --generate "$fresh" --store "$work/fresh-claims" --threads 2 --queries 0
run fresh-no-claims --generate "$fresh" --store "$work/fresh-no-claims" --threads 2 --queries 0 --no-claims
run big-build --generate "$big" --store "$work/big" --threads 2 --queries 0 --no-claims
run big-plus-2k-claims --generate 2000 --first "$big" --store "$work/big" --threads 2 --queries 2000
if [[ -d ../shared/data/quotes/polnear ]]; then
  run real-claims --source ../shared/data/quotes/polnear/train/text --source ../shared/data/quotes/polnear/dev/text \
    --source ../shared/data/quotes/ggt/ggt_gold.dev.jsonl --store "$work/real-claims" --threads 2 --queries 0
  run real-no-claims --source ../shared/data/quotes/polnear/train/text --source ../shared/data/quotes/polnear/dev/text \
    --source ../shared/data/quotes/ggt/ggt_gold.dev.jsonl --store "$work/real-no-claims" --threads 2 --queries 0 --no-claims
fi
