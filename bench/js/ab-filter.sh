#!/usr/bin/env bash
# Two or more builds of the site at one size, measured in turn (alternating, so a busy machine
# slows each alike) by the benchmark's driver: filter changes laid out, p50 / p95, per run.
# Usage: bench/js/ab-filter.sh ROUNDS TRUTH.jsonl DIST_A DIST_B ...
#   e.g. bench/js/ab-filter.sh 4 target/corpora/10000.truth.jsonl target/bench/dist-A target/bench/dist-B
set -euo pipefail
rounds=$1 truth=$2; shift 2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for _ in $(seq "$rounds"); do
  for dist in "$@"; do
    node "$(dirname "$0")/driver.mjs" --label ab --dist "$dist" --truth "$truth" --loads 1 --rounds 2 --out "$out" >/dev/null 2>&1
    node -e '
      const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).engines.explorer.summary, f = (x) => x.toFixed(0);
      const by = Object.entries(s.latency).map(([k, v]) => `${k} ${f(v.layout_p50)}/${f(v.layout_p95)}`).join(", ");
      console.log(`${process.argv[2]}: laid out p50/p95 by control: ${by}; first list ${f(s.first_list_dom_ms)} ms (frame ${f(s.first_list_frame_ms)})`);
    ' "$out" "$dist"
  done
done
