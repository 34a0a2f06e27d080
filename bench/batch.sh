#!/usr/bin/env bash
# Catalogue benchmark: the same requests through a shell loop of single `./modelconfig resolve`
# runs and through one `./modelconfig resolve --batch`, side by side in one run, for a catalogue
# of local model folders and for Hub repos served by the fake Hub with added latency; requests per
# Hub repo counted by the server; peak RSS of the batch runs.
# Usage: bench/batch.sh [HUB_REPOS=1000] [LATENCY_MS=20] [LOOP_HUB_REPOS=HUB_REPOS]
#   LOOP_HUB_REPOS < HUB_REPOS loops over the first LOOP_HUB_REPOS repos only and says so.
# Needs: JDK 17+, python3, /usr/bin/time (GNU), curl. Output and fixtures in bench/out/batch/.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
hub_repos="${1:-1000}"; latency="${2:-20}"; loop_hub="${3:-$hub_repos}"
out="$bench/out/batch"; mkdir -p "$out"
cd "$root"

echo "preparing: build, start-up archive, fake Hub classes, fixtures..." >&2
./modelconfig --version >/dev/null
if [ ! -d adapters-huggingface/target/test-classes ] ||
    [ -n "$(find adapters-huggingface/src/test -newer adapters-huggingface/target/test-classes -print -quit)" ]; then
  ./mvnw -q -B -o -Dspotless.check.skip=true -Denforcer.skip=true test-compile \
    -pl adapters-huggingface -am >&2
fi
[ -f "$out/local/model-35/config.json" ] || python3 "$bench/make_catalogue.py" local "$out/local" 36
[ -d "$out/hub/org-$(printf %02d $(((hub_repos - 1) / 50)))" ] ||
  python3 "$bench/make_catalogue.py" hub "$out/hub" "$out/local" "$hub_repos"

# A bf16 model is not served on a CPU-only host: plan every request for one H100.
for d in "$out"/local/model-*; do echo "${d#"$root"/} --target h100-80gb"; done >"$out/local.txt"
for ((i = 0; i < hub_repos; i++)); do
  printf 'org-%02d/model-%04d --target h100-80gb\n' $((i / 50)) "$i"
done >"$out/hub.txt"
# 1,000 local requests: the catalogue ~28 times over, for the memory figure of a long batch
for ((i = 0; i < 28; i++)); do cat "$out/local.txt"; done | awk 'NR <= 1000' >"$out/local-1000.txt"

ms() { date +%s%N | cut -c1-13; }
loop() { # FILE LINES -> wall ms of one single resolve per line, outputs in $out/loop/
  local file="$1" n="$2" t0 line i=0
  rm -rf "$out/loop"; mkdir -p "$out/loop"
  t0=$(ms)
  while read -r line && [ "$i" -lt "$n" ]; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    ./modelconfig resolve $line --json >"$out/loop/$i.json" 2>/dev/null || true
  done <"$file"
  echo $(($(ms) - t0))
}
batch() { # FILE NAME -> "wall_ms peak_kib" of one batch run, records in $out/NAME.jsonl
  /usr/bin/time -f '%e %M' -o "$out/time.txt" ./modelconfig resolve --batch "$1" \
    >"$out/$2.jsonl" 2>"$out/$2.err" || true
  tail -1 "$out/time.txt" | awk '{printf "%d %d\n", $1 * 1000, $2}'
}
same() { # NAME LINES -> how many of the first LINES batch records equal the loop's outputs
  python3 - "$out/$1.jsonl" "$out/loop" "$2" <<'EOF'
import json, sys
records = [json.loads(l) for l in open(sys.argv[1])][: int(sys.argv[3])]
same = 0
for i, r in enumerate(records, 1):
    r.pop("line"), r.pop("reference")
    try:
        same += json.load(open(f"{sys.argv[2]}/{i}.json")) == r
    except ValueError:
        pass
print(same)
EOF
}

java_used="$(MODELCONFIG_SHOW_JAVA=1 ./modelconfig | sed -n 1p)"
echo "machine: $(nproc) cpus, load $(cut -d' ' -f1-3 /proc/loadavg); java: $java_used"

echo
echo "== local catalogue: 36 model folders"
local_loop=$(loop "$out/local.txt" 36)
best=""
for _ in 1 2 3; do
  read -r wall kib < <(batch "$out/local.txt" local)
  if [ -z "$best" ] || [ "$wall" -lt "$best" ]; then best=$wall; local_kib=$kib; fi
done
local_batch=$best
echo "shell loop of 36 single resolves:  ${local_loop} ms"
echo "one batch (best of 3):            ${local_batch} ms, peak RSS $((local_kib / 1024)) MiB"
echo "results identical:                 $(same local 36)/36 records ($(head -1 "$out/local.err"))"
read -r wall kib < <(batch "$out/local-1000.txt" local-1000)
echo "1,000 local requests in one batch: ${wall} ms, peak RSS $((kib / 1024)) MiB"
local_1000_kib=$kib

echo
echo "== Hub: $hub_repos repos, +$latency ms per request (fake Hub, TCP_NODELAY, backlog 1024)"
cp="adapters-huggingface/target/test-classes:adapters-huggingface/target/classes:app/target/modelconfig.jar"
rm -f "$out/endpoint"
java -cp "$cp" io.github.modelconfig.adapter.huggingface.FakeHubMain "$out/hub" "$latency" \
  "$out/endpoint" >"$out/hub.log" 2>&1 &
hub_pid=$!
trap 'kill $hub_pid 2>/dev/null || true' EXIT
for _ in $(seq 300); do [ -s "$out/endpoint" ] && break; sleep 0.1; done
endpoint="$(cat "$out/endpoint")"
export HF_ENDPOINT="$endpoint"
stats() { # requests since the last call: total, model info, resolve, resolve-cache redirects
  curl -s "$endpoint/_stats" | python3 -c '
import json, sys
log = json.load(sys.stdin)["log"]
print(len(log), sum(r.startswith("GET /api/models/") for r in log),
      sum("/resolve/" in r for r in log), sum("/api/resolve-cache/" in r for r in log))'
}
stats >/dev/null
export HF_HOME="$out/hf-home-batch"; rm -rf "$HF_HOME"
read -r hub_batch hub_kib < <(batch "$out/hub.txt" hub)
read -r total info resolves hops < <(stats)
echo "one batch:                         ${hub_batch} ms, peak RSS $((hub_kib / 1024)) MiB  ($(head -1 "$out/hub.err"))"
echo "requests per repo:                 $(awk -v t="$total" -v n="$hub_repos" 'BEGIN {printf "%.2f", t/n}') HTTP requests: $info model info + $resolves file resolves + $hops redirect hops for $hub_repos repos"
export HF_HOME="$out/hf-home-loop"; rm -rf "$HF_HOME"
hub_loop=$(loop "$out/hub.txt" "$loop_hub")
read -r loop_total _ < <(stats)
echo "shell loop of $loop_hub single resolves: ${hub_loop} ms ($loop_total requests)"
echo "results identical:                 $(same hub "$loop_hub")/$loop_hub records"
hub_loop_all=$((hub_loop * hub_repos / loop_hub))
[ "$loop_hub" -lt "$hub_repos" ] &&
  echo "  (loop time for all $hub_repos repos extrapolated: ${hub_loop_all} ms)"

verdict() { if [ "$1" = 1 ]; then echo PASS; else echo MISS; fi; }
echo
ratio=$(awk -v a="$local_loop" -v b="$local_batch" 'BEGIN {printf "%.1f", a/b}')
echo "goal local batch >= 20x faster than the loop:  ${ratio}x  $(verdict "$(awk -v r="$ratio" 'BEGIN {print (r >= 20)}')")"
echo "goal $hub_repos Hub repos in < 15 s:              $(awk -v a="$hub_batch" 'BEGIN {printf "%.1f s", a/1000}')  $(verdict "$(awk -v a="$hub_batch" 'BEGIN {print (a < 15000)}')")  (loop: $(awk -v a="$hub_loop_all" 'BEGIN {printf "%.1f s", a/1000}'), $(awk -v a="$hub_loop_all" -v b="$hub_batch" 'BEGIN {printf "%.1fx", a/b}'))"
echo "goal <= 3 requests per repo:                   $((info + resolves)) requests for $hub_repos repos ($hops redirect hops on top)  $(verdict "$(awk -v r="$((info + resolves))" -v n="$hub_repos" 'BEGIN {print (r <= 3 * n)}')")"
peak=$(( (hub_kib > local_1000_kib ? hub_kib : local_1000_kib) / 1024 ))
echo "goal peak RSS < 256 MiB for 1,000 requests:    ${peak} MiB  $(verdict "$(awk -v a="$peak" 'BEGIN {print (a < 256)}')")"
