#!/usr/bin/env bash
# Start-up benchmark: wall time (median) and peak RSS of the CLI against a bare-JVM floor and a
# Node peer, all measured in one run on this machine. Usage: bench/startup.sh [RUNS]
# Needs: java 17, python3 (fixtures), hyperfine (installed with apt-get when missing, else a
# plain loop), /usr/bin/time (GNU, for peak RSS), node 20 + npm (optional: the GGUF peer row).
# Fixtures and results go to bench/out/ (git-ignored).
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
out="$bench/out"
runs="${1:-15}"
mkdir -p "$out"
cd "$root"

if ! command -v hyperfine >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing hyperfine..." >&2
  apt-get install -y -qq hyperfine >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq hyperfine >/dev/null 2>&1; } || true
fi

echo "preparing: build, start-up archive, fixtures..." >&2
./modelconfig --version >/dev/null
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  >"$out/Hello.java"
[ "$out/Hello.class" -nt "$out/Hello.java" ] 2>/dev/null || javac -d "$out" "$out/Hello.java"
[ -f "$out/llama-8b-30-shards/model-00030-of-00030.safetensors" ] ||
  python3 "$bench/make_fixtures.py" sharded "$out/llama-8b-30-shards"
[ -f "$out/llama-8b-q4_k.gguf" ] || python3 "$bench/make_fixtures.py" gguf "$out/llama-8b-q4_k.gguf"

# A bf16 8B model cannot be served on a CPU-only host (exit 2 after the full resolution); plan it
# for a GPU target when the CLI has --target.
target=()
if ./modelconfig resolve --help 2>/dev/null | grep -q -- '--target'; then
  target=(--target h100-80gb)
fi

names=() cmds=() notes=()
row() { names+=("$1"); cmds+=("$2"); notes+=("${3:-}"); }
row "java Hello (floor)" "java -cp $out Hello"
row "modelconfig --version" "./modelconfig --version"
row "resolve examples/tiny-llama" "./modelconfig resolve examples/tiny-llama"
row "resolve 30-shard llama-8b" "./modelconfig resolve $out/llama-8b-30-shards ${target[*]}"
row "resolve 30-shard --json" "./modelconfig resolve $out/llama-8b-30-shards --json ${target[*]}"
if ./modelconfig inspect --help 2>/dev/null | grep -q "Usage: modelconfig inspect"; then
  row "inspect llama-8b.gguf (128k vocab)" "./modelconfig inspect $out/llama-8b-q4_k.gguf"
else
  echo "skip: 'modelconfig inspect' is not available in this build (inspect row omitted)" >&2
fi
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d "$bench/node_modules/@huggingface/gguf" ]; then
    (cd "$bench" && npm install --no-audit --no-fund --silent >/dev/null 2>&1) || true
  fi
  if [ -d "$bench/node_modules/@huggingface/gguf" ]; then
    row "node @huggingface/gguf (peer)" "node $bench/gguf-peer.mjs $out/llama-8b-q4_k.gguf"
  else
    echo "skip: npm install of @huggingface/gguf failed (peer row omitted)" >&2
  fi
else
  echo "skip: node/npm not found (peer row omitted)" >&2
fi

median_ms() { # command -> median wall ms over $runs runs (after 3 warm-ups)
  local json="$out/hf.json"
  if command -v hyperfine >/dev/null; then
    hyperfine -N -i --warmup 3 --runs "$runs" --export-json "$json" "$1" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$json"
  else
    local i t0 t1 ts=()
    for i in 1 2 3; do $1 >/dev/null 2>&1 || true; done
    for ((i = 0; i < runs; i++)); do
      t0=$(date +%s%N); $1 >/dev/null 2>&1 || true; t1=$(date +%s%N)
      ts+=($(((t1 - t0) / 1000)))
    done
    printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f\n", a[int((NR+1)/2)]/1000}'
  fi
}
peak_mib() { # command -> max peak RSS (MiB) over 3 runs
  local i kb max=0
  for i in 1 2 3; do
    /usr/bin/time -f '%M' -o "$out/rss.txt" $1 >/dev/null 2>&1 || true
    kb=$(tail -1 "$out/rss.txt")
    [ "$kb" -gt "$max" ] && max=$kb
  done
  awk -v k="$max" 'BEGIN {printf "%.1f\n", k/1024}'
}

echo "machine: $(nproc) cpus, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); runs=$runs"
printf '%-36s %10s %8s %10s\n' "command" "median ms" "x floor" "peak MiB"
floor="" ms_node="" ms_inspect="" worst_resolve=0 worst_rss=0
for i in "${!names[@]}"; do
  ms=$(median_ms "${cmds[$i]}")
  mib=$(peak_mib "${cmds[$i]}")
  [ -z "$floor" ] && floor=$ms
  ratio=$(awk -v a="$ms" -v b="$floor" 'BEGIN {printf "%.1f", a/b}')
  printf '%-36s %10s %8s %10s\n' "${names[$i]}" "$ms" "$ratio" "$mib"
  case "${names[$i]}" in
    resolve*) worst_resolve=$(awk -v a="$ratio" -v b="$worst_resolve" 'BEGIN {print (a>b)?a:b}')
      worst_rss=$(awk -v a="$mib" -v b="$worst_rss" 'BEGIN {print (a>b)?a:b}') ;;
    inspect*) ms_inspect=$ms; worst_rss=$(awk -v a="$mib" -v b="$worst_rss" 'BEGIN {print (a>b)?a:b}') ;;
    node*) ms_node=$ms ;;
  esac
done

verdict() { if [ "$1" = 1 ]; then echo "PASS"; else echo "MISS"; fi; }
echo
echo "target resolve <= 6x floor:        worst ${worst_resolve}x  $(verdict "$(awk -v a="$worst_resolve" 'BEGIN {print (a<=6)}')")"
echo "target peak RSS <= 128 MiB:        worst ${worst_rss} MiB  $(verdict "$(awk -v a="$worst_rss" 'BEGIN {print (a<=128)}')")"
if [ -n "$ms_inspect" ] && [ -n "$ms_node" ]; then
  echo "target inspect faster than node:   $(awk -v a="$ms_inspect" -v b="$ms_node" 'BEGIN {printf "%.2fx of node", a/b}')  $(verdict "$(awk -v a="$ms_inspect" -v b="$ms_node" 'BEGIN {print (a<b)}')")"
else
  echo "target inspect faster than node:   not measured (inspect or node row missing)"
fi
