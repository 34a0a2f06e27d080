#!/usr/bin/env bash
# Remote resolve of a Llama-3.1-70B-shaped repo (30 sparse bf16 shards, 723 tensors, real headers)
# from a stand-in Hub on 127.0.0.1 with LATENCY_MS added to every request (the tests' FakeHub run
# standalone: TCP_NODELAY, listen backlog 1024), side by side with the @huggingface/hub peer and
# with a local resolve of the same folder. Two Hubs run: one whose model info carries the Hub's
# safetensors parameter counts, one without them (then modelconfig reads every shard header too,
# as the peer always does).
# Usage: bench/remote-resolve-vs-hfjs.sh [RUNS=10] [LATENCY_MS=20] [BEFORE_LAUNCHER]
# BEFORE_LAUNCHER: another checkout's ./modelconfig, measured in the same run (before/after).
# Rows run interleaved (bench/interleave.py): medians of wall and CPU time, ratios to the peer.
# Needs: JDK 17+, node 20, python3; installs @huggingface/hub into bench/node_modules once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-10}"; latency="${2:-20}"; before="${3:-}"
out="$root/bench/out/remote-resolve"; mkdir -p "$out"
repo="meta-llama/Llama-3.1-70B-Instruct"
fixture="$root/bench/out/llama-70b/$repo"
target=(--target h100-80gb:8 --json)

cd "$root"
./modelconfig --version >/dev/null # builds the CLI and records its start-up archive if needed
if [ ! -d adapters-huggingface/target/test-classes ]; then
  ./mvnw -q -B -o -Dspotless.check.skip=true test-compile -pl adapters-huggingface -am >&2
fi
[ -f "$fixture/model-00030-of-00030.safetensors" ] ||
  BENCH_WIDTHS=70b python3 bench/make_fixtures.py sharded "$fixture"
[ -d bench/node_modules/@huggingface/hub ] ||
  npm install --prefix bench --no-audit --no-fund @huggingface/hub@2 >&2

cp="adapters-huggingface/target/test-classes:adapters-huggingface/target/classes:app/target/modelconfig.jar"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
for counts in counts no-counts; do
  rm -f "$out/endpoint-$counts"
  java -cp "$cp" io.github.modelconfig.adapter.huggingface.FakeHubMain \
    "$root/bench/out/llama-70b" "$latency" "$out/endpoint-$counts" "$counts" >"$out/hub-$counts.log" 2>&1 &
  pids+=($!)
done
for counts in counts no-counts; do
  for _ in $(seq 100); do [ -s "$out/endpoint-$counts" ] && break; sleep 0.1; done
done
hub_counts="$(cat "$out/endpoint-counts")"; hub_plain="$(cat "$out/endpoint-no-counts")"
home="$out/hf-home" # emptied before every run: each resolve starts with a cold cache

mc() { echo "env HF_HOME=$home HF_ENDPOINT=$1 $2 resolve $repo ${target[*]}"; }
peer() { echo "node $root/bench/hfjs-resolve.mjs $1 $repo"; }

echo "repo $repo, 30 shards, +$latency ms per request; JDK: $(MODELCONFIG_SHOW_JAVA=1 ./modelconfig 2>/dev/null | head -1 || true)"
cmds=(
  "modelconfig, Hub counts" "$(mc "$hub_counts" ./modelconfig)"
  "modelconfig, no counts" "$(mc "$hub_plain" ./modelconfig)"
  "@huggingface/hub" "$(peer "$hub_plain")"
  "modelconfig, local folder" "./modelconfig resolve $fixture ${target[*]}"
)
if [ -n "$before" ]; then
  "$before" --version >/dev/null
  cmds+=(
    "before: Hub counts" "$(mc "$hub_counts" "$before")"
    "before: no counts" "$(mc "$hub_plain" "$before")"
    "before: local folder" "$before resolve $fixture ${target[*]}"
  )
fi
python3 bench/interleave.py "$runs" 1 "rm -rf $home" "@huggingface/hub" "${cmds[@]}" | tee "$out/results.md"
for spec in "Hub counts|$hub_counts|./modelconfig resolve $repo ${target[*]}" \
            "no counts|$hub_plain|./modelconfig resolve $repo ${target[*]}" \
            "@huggingface/hub|$hub_plain|node bench/hfjs-resolve.mjs $hub_plain $repo"; do
  IFS='|' read -r name endpoint cmd <<<"$spec"
  curl -s "$endpoint/_stats" >/dev/null; rm -rf "$home"
  HF_HOME="$home" HF_ENDPOINT="$endpoint" $cmd >"$out/last.json" 2>&1 || true
  printf '%-18s %s\n' "$name" "$(curl -s "$endpoint/_stats" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["requests"], "requests,", d["cdn"], "to the CDN")')"
done
echo "peer's answer: $(node bench/hfjs-resolve.mjs "$hub_plain" "$repo")"
