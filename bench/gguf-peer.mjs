// Peer of `modelconfig inspect FILE.gguf`: parse the GGUF header (metadata, vocabulary, tensor
// infos) with @huggingface/gguf and print a one-line summary.
import { gguf } from "@huggingface/gguf";

const file = process.argv[2];
const { metadata, tensorInfos } = await gguf(file, { allowLocalFile: true });
const tokens = metadata["tokenizer.ggml.tokens"];
console.log(
  `${metadata["general.architecture"]} tensors=${tensorInfos.length} vocab=${tokens ? tokens.length : 0}`,
);
