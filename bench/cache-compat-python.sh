#!/usr/bin/env bash
# Shared-cache compatibility with the Python client, both ways, against the fake Hub:
#  1. `modelconfig download` fills HF_HUB_CACHE; huggingface_hub's try_to_load_from_cache and
#     scan_cache_dir find the files;
#  2. huggingface_hub's snapshot_download fills the cache; `modelconfig resolve --offline` uses it
#     and `modelconfig download` reuses it (no CDN request).
# Needs python3 with huggingface_hub (installed into bench/.venv from PyPI when missing).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/out/cache-compat"; rm -rf "$out"; mkdir -p "$out/repos/org"
cd "$root"
[ -x bench/.venv/bin/python ] || { python3 -m venv bench/.venv && bench/.venv/bin/pip install -q huggingface_hub; }
if [ ! -f app/target/modelconfig.jar ] || [ ! -d adapters-huggingface/target/test-classes ]; then
  ./mvnw -q -B -o -DskipTests -Dspotless.check.skip=true package -pl app -am >&2
  ./mvnw -q -B -o -Dspotless.check.skip=true test-compile -pl adapters-huggingface -am >&2
fi
cp="adapters-huggingface/target/test-classes:adapters-huggingface/target/classes:app/target/modelconfig.jar"
java -cp "$cp" io.github.modelconfig.adapter.huggingface.ShardedRepoMain "$out/repos/org/ours" 2
java -cp "$cp" io.github.modelconfig.adapter.huggingface.ShardedRepoMain "$out/repos/org/theirs" 3
java -cp "$cp" io.github.modelconfig.adapter.huggingface.FakeHubMain "$out/repos" 0 "$out/endpoint" >"$out/hub.log" 2>&1 &
hub_pid=$!
trap 'kill $hub_pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -s "$out/endpoint" ] && break; sleep 0.1; done
export HF_ENDPOINT="$(cat "$out/endpoint")" HF_HOME="$out/hf-home" HF_HUB_DISABLE_TELEMETRY=1
mc() { java -XX:TieredStopAtLevel=1 -cp app/target/modelconfig.jar io.github.modelconfig.app.Main "$@"; }
cdn() { curl -s "$HF_ENDPOINT/_stats" | python3 -c 'import json,sys; print(json.load(sys.stdin)["cdn"])'; }

echo "== 1. modelconfig download -> Python reads"
mc download org/ours >/dev/null
bench/.venv/bin/python - <<'PY'
from huggingface_hub import try_to_load_from_cache, scan_cache_dir
for f in ["config.json", "model-00002-of-00002.safetensors"]:
    p = try_to_load_from_cache("org/ours", f)
    assert isinstance(p, str), (f, p)
    print("python try_to_load_from_cache:", f, "->", p.split("/hub/")[1])
info = scan_cache_dir()
assert not info.warnings, info.warnings
for r in info.repos:
    print("python scan_cache_dir:", r.repo_id, r.size_on_disk, "bytes", r.nb_files, "blobs", sorted(r.refs))
PY

echo "== 2. Python snapshot_download -> modelconfig reads"
bench/.venv/bin/python -c 'from huggingface_hub import snapshot_download; print("python snapshot:", snapshot_download("org/theirs").split("/hub/")[1])'
cdn >/dev/null
HF_HUB_OFFLINE=1 mc resolve org/theirs --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print("modelconfig resolve --offline: ok,", d.get("model_path") or "")'
mc download org/theirs --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print("modelconfig download after Python: reused", sum(f["reused"] for f in d["files"]), "of", len(d["files"]), "files,", d["downloaded_bytes"], "bytes fetched")'
echo "CDN requests during step 2 (modelconfig): $(cdn)"
mc cache scan
