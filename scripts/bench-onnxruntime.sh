#!/usr/bin/env bash
# Compares ONNX Runtime versions on the claims layer ingest runs (extraction + claims + 3 claim vectors per
# article, one thread, per CPU-second): the same CLI build, only the onnxruntime jar swapped. Versions alternate
# over several runs because a shared machine's load drifts; compare medians and minimums.
#   scripts/bench-onnxruntime.sh [RUNS] [VERSION...]     e.g. scripts/bench-onnxruntime.sh 3 1.20.0 1.23.2
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
runs="${1:-3}"; shift || true
versions=("$@")
[[ ${#versions[@]} -eq 0 ]] && versions=(1.20.0 1.23.2)
articles=("$root"/../shared/data/quotes/polnear/dev/text/*.txt)
"$root/attest" --version >/dev/null
for v in "${versions[@]}"; do
  (cd "$root" && ./mvnw -q -B dependency:get -Dartifact="com.microsoft.onnxruntime:onnxruntime:$v" >/dev/null)
done
base="$(ls "$root"/cli/target/lib/*.jar | grep -v '/onnxruntime-' | tr '\n' ':')"
for ((i = 1; i <= runs; i++)); do
  for v in "${versions[@]}"; do
    ort="$HOME/.m2/repository/com/microsoft/onnxruntime/onnxruntime/$v/onnxruntime-$v.jar"
    printf 'onnxruntime %s, run %d: ' "$v" "$i"
    "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$root/cli/target/attest-cli.jar:$base$ort" \
      dev.attest.cli.Main bench-claims --vectors 3 --rounds 5 "${articles[@]}" | sed -n 's/^warm, 1 thread, extraction + claims: //p'
  done
done
