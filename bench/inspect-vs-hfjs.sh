#!/usr/bin/env bash
# `modelconfig inspect` against the npm peers, in one run on this machine: median wall time of each
# command over RUNS runs and the ratio ours/peer, for
#   - a Llama-3.1-8B-shaped sharded safetensors repo (4 sparse bf16 shards, 291 tensors, 16 GB
#     apparent, model.safetensors.index.json) vs @huggingface/hub parseSafetensorsMetadata (which
#     reads only Hub repos: bench/local-hub.mjs serves the folder as a Hub on 127.0.0.1, with Range),
#   - a Llama-3.1-8B Q4_K GGUF with the 128,256-token vocabulary vs @huggingface/gguf gguf()
#     (local file),
#   - the same repo shape at 0.89 GB and 138 GB (only the layer widths differ), to show the time does
#     not depend on the data size.
# Usage: bench/inspect-vs-hfjs.sh [RUNS=5]
# Needs: java 17, python3 (fixtures, bench/make_fixtures.py), node 20 + npm (runs `npm ci` in bench/
# when the peers are missing), hyperfine (installed with apt-get when missing, else a plain loop).
# Fixtures and results go to bench/out/inspect/ (git-ignored).
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
out="$bench/out/inspect"
runs="${1:-5}"
mkdir -p "$out/hub/bench"
cd "$root"

if ! command -v hyperfine >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing hyperfine..." >&2
  apt-get install -y -qq hyperfine >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq hyperfine >/dev/null 2>&1; } || true
fi
if [ ! -d "$bench/node_modules/@huggingface/hub" ] || [ ! -d "$bench/node_modules/@huggingface/gguf" ]; then
  (cd "$bench" && npm ci --no-audit --no-fund --silent) >&2
fi

echo "preparing: build, start-up archive, fixtures..." >&2
./modelconfig --version >/dev/null
repo() { # widths -> fixture folder (4 bf16 shards + index), written once
  local dir="$out/hub/bench/llama-$1-4-shards"
  [ -f "$dir/model.safetensors.index.json" ] ||
    BENCH_WIDTHS="$1" BENCH_SHARDS=4 BENCH_DTYPE=BF16 python3 "$bench/make_fixtures.py" sharded "$dir"
  echo "$dir"
}
repo_8b="$(repo 8b)" repo_1gb="$(repo 1gb)" repo_140gb="$(repo 140gb)"
gguf="$out/gguf/llama-8b-q4_k.gguf"
[ -f "$gguf" ] || { mkdir -p "$out/gguf" && python3 "$bench/make_fixtures.py" gguf "$gguf"; }

rm -f "$out/endpoint"
node "$bench/local-hub.mjs" "$out/hub" "$out/endpoint" 2>"$out/local-hub.log" &
hub_pid=$!
trap 'kill "$hub_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do [ -s "$out/endpoint" ] && break; sleep 0.05; done
endpoint="$(cat "$out/endpoint")"

names=() ours=() peers=()
row() { names+=("$1"); ours+=("$2"); peers+=("$3"); }
peer_st() { echo "node $bench/safetensors-peer.mjs $endpoint bench/$(basename "$1")"; }
row "safetensors 8B, 4 shards (16 GB)" "./modelconfig inspect $repo_8b" "$(peer_st "$repo_8b")"
row "GGUF 8B Q4_K, 128k vocab (4.7 GB)" "./modelconfig inspect $gguf" "node $bench/gguf-peer.mjs $gguf"
row "safetensors, 4 shards, 0.89 GB" "./modelconfig inspect $repo_1gb" "$(peer_st "$repo_1gb")"
row "safetensors, 4 shards, 138 GB" "./modelconfig inspect $repo_140gb" "$(peer_st "$repo_140gb")"

# Every command must succeed and both sides must see the same model before anything is timed.
echo "what each side reports (one run each):"
for i in "${!names[@]}"; do
  printf '  %s\n    ours: %s\n    peer: %s\n' "${names[$i]}" \
    "$(${ours[$i]} | head -1)" "$(${peers[$i]})"
done

median_ms() { # command -> median wall ms over $runs runs (after 2 warm-ups)
  local json="$out/hf.json"
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 2 --runs "$runs" --export-json "$json" "$1" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.0f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$json"
  else
    local i t0 t1 ts=()
    for i in 1 2; do $1 >/dev/null 2>&1; done
    for ((i = 0; i < runs; i++)); do
      t0=$(date +%s%N); $1 >/dev/null 2>&1; t1=$(date +%s%N)
      ts+=($(((t1 - t0) / 1000)))
    done
    printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.0f\n", a[int((NR+1)/2)]/1000}'
  fi
}

echo
echo "machine: $(nproc) cpus, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1);" \
  "node $(node --version); runs=$runs ($(command -v hyperfine >/dev/null && echo hyperfine || echo loop))"
printf '%-36s %10s %10s %12s\n' "file(s)" "ours ms" "peer ms" "ours/peer"
a=() b=()
for i in "${!names[@]}"; do
  a+=("$(median_ms "${ours[$i]}")")
  b+=("$(median_ms "${peers[$i]}")")
  printf '%-36s %10s %10s %12s\n' "${names[$i]}" "${a[$i]}" "${b[$i]}" \
    "$(awk -v a="${a[$i]}" -v b="${b[$i]}" 'BEGIN {printf "%.2f", a/b}')"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
echo "138 GB vs 0.89 GB repo (same 291 tensors, 155x the data): ours $(ratio "${a[3]}" "${a[2]}")x," \
  "peer $(ratio "${b[3]}" "${b[2]}")x the time"
echo "(peer: @huggingface/hub $(node -p 'require("./bench/node_modules/@huggingface/hub/package.json").version')" \
  "through local-hub.mjs on 127.0.0.1; @huggingface/gguf $(node -p 'require("./bench/node_modules/@huggingface/gguf/package.json").version') on the local file)"
