#!/usr/bin/env bash
# Remote resolve, modelconfig vs @huggingface/hub, against the fake Hub (tests' FakeHub run
# standalone) serving a sharded tiny-llama with added latency per request.
# Usage: bench/remote-resolve-vs-hfjs.sh [SHARDS=8] [LATENCY_MS=50] [RUNS=3] [counts|no-counts]
# "no-counts" serves model info without the Hub's safetensors parameter counts, so modelconfig
# reads every shard header too (one range read per shard, in parallel).
# Needs: JDK 17, node 20; installs @huggingface/hub into bench/node_modules on first run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shards="${1:-8}"; latency="${2:-50}"; runs="${3:-3}"; counts="${4:-counts}"
out="$root/bench/out/remote-resolve"; rm -rf "$out"; mkdir -p "$out/repos/meta-llama"
repo="meta-llama/Tiny-Sharded-$shards"

cd "$root"
if [ ! -f app/target/modelconfig.jar ] || [ ! -d adapters-huggingface/target/test-classes ]; then
  ./mvnw -q -B -o -DskipTests -Dspotless.check.skip=true package -pl app -am >&2
  ./mvnw -q -B -o -Dspotless.check.skip=true test-compile -pl adapters-huggingface -am >&2
fi
[ -d bench/node_modules/@huggingface/hub ] || npm install --prefix bench --no-audit --no-fund @huggingface/hub@2 >&2

cp="adapters-huggingface/target/test-classes:adapters-huggingface/target/classes:app/target/modelconfig.jar"
java -cp "$cp" io.github.modelconfig.adapter.huggingface.ShardedRepoMain "$out/repos/$repo" "$shards"
java -cp "$cp" io.github.modelconfig.adapter.huggingface.FakeHubMain "$out/repos" "$latency" "$out/endpoint" "$counts" >"$out/hub.log" 2>&1 &
hub_pid=$!
trap 'kill $hub_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$out/endpoint" ] && break; sleep 0.1; done
endpoint="$(cat "$out/endpoint")"
stats() { curl -s "$endpoint/_stats" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["requests"], d["cdn"])'; }
ms() { python3 -c 'import time; print(int(time.time()*1000))'; }

echo "repo $repo: $shards shards, +$latency ms per request, model info $counts, endpoint $endpoint"
printf '%-28s %8s %10s %8s\n' client wall_ms requests cdn
stats >/dev/null
for i in $(seq "$runs"); do
  t0=$(ms)
  HF_ENDPOINT="$endpoint" HF_HOME="$out/empty-hf-home-$i" java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -cp app/target/modelconfig.jar io.github.modelconfig.app.Main resolve "$repo" --json >"$out/modelconfig-$i.json"
  t1=$(ms); read -r n cdn < <(stats)
  printf '%-28s %8d %10d %8d\n' "modelconfig resolve" $((t1 - t0)) "$n" "$cdn"
  t0=$(ms)
  (cd bench && node hfjs-resolve.mjs "$endpoint" "$repo" >"$out/hfjs-$i.json")
  t1=$(ms); read -r n cdn < <(stats)
  printf '%-28s %8d %10d %8d\n' "@huggingface/hub (node)" $((t1 - t0)) "$n" "$cdn"
done
echo "hfjs result: $(cat "$out/hfjs-1.json")"
