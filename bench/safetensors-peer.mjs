// Peer of `modelconfig inspect FOLDER` for a safetensors repo: @huggingface/hub's
// parseSafetensorsMetadata (index + every shard header, parameter counts), which reads only Hub
// repos, pointed at bench/local-hub.mjs. Usage: node bench/safetensors-peer.mjs HUB_URL REPO_ID
import { parseSafetensorsMetadata } from "@huggingface/hub";

const [hubUrl, repo] = process.argv.slice(2);
const meta = await parseSafetensorsMetadata({ repo, hubUrl, computeParametersCount: true });
const headers = meta.sharded ? Object.values(meta.headers) : [meta.header];
const tensors = headers.reduce((n, h) => n + Object.keys(h).filter((k) => k !== "__metadata__").length, 0);
const total = Object.values(meta.parameterCount ?? {}).reduce((a, b) => a + b, 0);
console.log(`sharded=${meta.sharded} files=${meta.filepaths.length} tensors=${tensors} parameters=${total}`);
