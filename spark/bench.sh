#!/usr/bin/env bash
# Measures what docs/spark-performance.md reports: the Spark job's articles/s in local[1] and local[2] over a
# generated corpus (read, extract, write the four ledger tables; claims and quote linking are timed once each,
# apart), the speed-up, CPU time per article, and the pipeline without Spark on one thread for comparison.
# Every run is its own JVM, so none inherits another's JIT warm-up; local[1] and local[2] alternate so that load
# from other programs on a shared machine hits both alike. The best run of each is the least disturbed one.
# local[N] runs are pinned to N CPUs with taskset: unpinned, a local[1] JVM's JIT compiler and garbage collector
# threads take ~0.6 of a second core, so "local[1]" would really be 1.6 cores. Both use G1, which the JVM would
# otherwise swap for the serial collector when it sees one CPU.
# DAYS spreads the articles' dates: each date is one Parquet file per table, so 20,000 articles over 90 days
# (220 a day) mostly measures file creation; a 10M-article year has ~27,000 a day.
# Usage: spark/bench.sh [ARTICLES (default 20000)] [RUNS (default 3)] [DAYS (default 7)] [WORK_DIR (default /tmp/attest-spark-bench)]
set -euo pipefail
module="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
articles="${1:-20000}"
runs="${2:-3}"
days="${3:-7}"
work="${4:-/tmp/attest-spark-bench}"
rm -rf "$work"
mkdir -p "$work"
load() { cut -d' ' -f1-3 /proc/loadavg; }

"$module/attest-spark" generate --articles "$articles" --out "$work/corpus" --format jsonl --days "$days"
echo "cores: $(nproc); load average: $(load)"
"$module/attest-spark" baseline "$work/corpus"

results="$work/results.tsv"
: >"$results"
for run in $(seq "$runs"); do
  for cores in 1 2; do
    before=$(load)
    line=$(ATTEST_SPARK_JAVA_OPTS=-XX:+UseG1GC taskset -c "0-$(( cores - 1 ))" \
      "$module/attest-spark" --input "$work/corpus" --output "$work/out" --master "local[$cores]" --no-links --no-claims | tail -1)
    rate=$(sed -n 's/.*(\([0-9.]*\) articles\/s;.*/\1/p' <<<"$line")
    cpu_rate=$(sed -n 's/.*, \([0-9.]*\) articles\/CPU-s).*/\1/p' <<<"$line")
    printf '%s\t%s\t%s\t%s\n' "$cores" "$rate" "$cpu_rate" "$before" >>"$results"
    echo "run $run local[$cores] (load before: $before): $line"
  done
done
awk -F'\t' '{ if ($2 > best[$1]) best[$1] = $2; if ($3 > cpu[$1]) cpu[$1] = $3 } END {
  printf "best articles/s: local[1] %.1f, local[2] %.1f; speed-up %.2f\n", best[1], best[2], best[2] / best[1]
  printf "articles per CPU-second: %.1f (local[1]), %.1f (local[2]); articles per core-hour: %.0f (local[1])\n", cpu[1], cpu[2], cpu[1] * 3600 }' "$results"

echo "quote linking, local[2], once (load before: $(load)):"
"$module/attest-spark" --input "$work/corpus" --output "$work/out" --master "local[2]" --no-claims | tail -1

echo "with claims and disputes (MiniLM), local[2], once (load before: $(load)):"
"$module/attest-spark" --input "$work/corpus" --output "$work/out-claims" --master "local[2]" --no-links | tail -1

echo "WARC.gz input: $(( articles / 4 )) articles as HTML pages in 4 files, local[2], once (load before: $(load)):"
"$module/attest-spark" generate --articles "$(( articles / 4 ))" --out "$work/warc" --format warc --files 4 --seed 11 --days "$days"
"$module/attest-spark" --input "$work/warc" --output "$work/out-warc" --master "local[2]" --no-links --no-claims | tail -1
