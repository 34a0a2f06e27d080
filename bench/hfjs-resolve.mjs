// Resolves a repo's files and safetensors metadata with @huggingface/hub (the JS peer):
// listFiles (recursive) + parseSafetensorsMetadata (index + every shard header).
// Usage: node bench/hfjs-resolve.mjs HUB_URL REPO_ID
import { listFiles, parseSafetensorsMetadata } from "@huggingface/hub";

const [hubUrl, repo] = process.argv.slice(2);
const files = [];
for await (const f of listFiles({ repo, recursive: true, hubUrl })) {
  files.push(f);
}
const meta = await parseSafetensorsMetadata({ repo, hubUrl, computeParametersCount: true });
const total = Object.values(meta.parameterCount ?? {}).reduce((a, b) => a + b, 0);
console.log(JSON.stringify({ files: files.length, sharded: meta.sharded, parameters: total }));
