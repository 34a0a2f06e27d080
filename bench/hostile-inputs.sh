#!/usr/bin/env bash
# Hostile inputs: exit code, wall time and peak RSS of the CLI (./modelconfig, -Xmx128m) on each
# input of bench/hostile_inputs.py, measured with GNU /usr/bin/time -v, one run each.
# Usage: bench/hostile-inputs.sh [LAUNCHER]   (default ./modelconfig; another checkout's launcher
# gives the "before" column). Needs python3 and /usr/bin/time. Inputs go to bench/out/hostile.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
launcher="${1:-$root/modelconfig}"
in="$bench/out/hostile"
[ -f "$in/index-15mb-500k-tensors/model.safetensors.index.json" ] || python3 "$bench/hostile_inputs.py" "$in"
"$launcher" --version >/dev/null 2>&1 || true
"$launcher" resolve "$root/examples/tiny-llama" >/dev/null 2>&1 || true  # start-up archive
# No network: the Hub endpoint is a closed port on this host (offline mode would stop an older
# build's inspect before it reads a local file).
export HF_ENDPOINT=http://127.0.0.1:9 HF_HOME="$bench/out/hf-home"

printf '| case | command | exit | time (s) | peak RSS (MiB) | first line of the message |\n'
printf '|---|---|---:|---:|---:|---|\n'
measure() {
  local name="$1"; shift
  local log="$bench/out/hostile-time.txt" out="$bench/out/hostile-out.txt"
  set +e
  /usr/bin/time -v -o "$log" "$launcher" "$@" >"$out" 2>&1
  local code=$?
  set -e
  local wall rss msg
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{print $(NF-1)*60+$NF}')
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  msg=$(grep -v '^modelconfig: recording' "$out" | grep -m1 -E 'message|problem|tensor_count|^\s+- |Exception|Error' |
    sed 's/^ *//; s/|/\\|/g' | cut -c1-110 || true)
  printf '| %s | `%s` | %s | %s | %s | %s |\n' "$name" "${*##*/}" "$code" "$wall" "$rss" "$msg"
}
measure "safetensors header 23 MB, 200k tensors (unsorted)" inspect "$in/weights/st-200k-23mb.safetensors" --json
measure "safetensors header padded to 90 MB" inspect "$in/weights/st-padded-90mb.safetensors" --json
measure "safetensors header 100,000,000 B, 1.8M tensors" inspect "$in/weights/st-100mb-1.8m-tensors.safetensors" --json
measure "safetensors header 100,000,008 B (past the limit)" inspect "$in/weights/st-past-limit.safetensors" --json
measure "GGUF 1,000,000 tensor infos" inspect "$in/weights/gguf-1m-tensors.gguf" --json
measure "GGUF 1,000,001 tensor infos (past the limit)" inspect "$in/weights/gguf-1m-plus-1.gguf" --json
measure "GGUF 65,537 metadata key-values (past the limit)" inspect "$in/weights/gguf-65537-kvs.gguf" --json
measure "folder link up -> .." resolve "$in/link-up" --json
measure "folder link root -> /" resolve "$in/link-root" --json
measure "folder link loop sub/loop -> .." resolve "$in/link-loop" --json
measure "config.json with a second object after it" resolve "$in/config-trailing-garbage" --json
measure "config.json of 16 MB, 1.4M keys" resolve "$in/config-16mb-1.4m-keys" --json
measure "3 KV heads for 4 attention heads" resolve "$in/config-3-kv-heads-of-4" --json
measure "yarn factor -1e308" resolve "$in/config-yarn-factor-minus-1e308" --json
measure "index naming a missing shard" resolve "$in/index-missing-shard" --json
measure "index of 15 MB, 500k tensors" resolve "$in/index-15mb-500k-tensors" --json
