#!/usr/bin/env python3
"""Writes the models bench/startup.sh measures (no download, sparse files, real headers).

  make_fixtures.py sharded DIR   Llama-3.1-8B-shaped repo: config.json, generation_config.json,
                                 model.safetensors.index.json and 30 sparse safetensors shards
                                 (291 bf16 tensors, 16 GB apparent, a few hundred KB on disk).
  make_fixtures.py gguf FILE     Llama-3.1-8B-shaped Q4_K GGUF v3 with the 128,256-token
                                 vocabulary, 280,147 merges and a sparse tensor-data section.

Environment: BENCH_DTYPE (BF16, F16 or F32; default BF16), BENCH_SHARDS (default 30) and
BENCH_WIDTHS: 8b (default, Llama-3.1-8B), or 1gb / 140gb, the same 32 layers and 291 tensors with
narrower or wider layers, so that a bf16 repo holds 0.89 GB or 138 GB (bench/inspect-vs-hfjs.sh),
or 70b (Llama-3.1-70B: 80 layers, 723 tensors, 141 GB in bf16; bench/remote-resolve-vs-hfjs.sh).
"""
import json
import os
import struct
import sys

WIDTHS = {  # hidden, intermediate, attention heads, key-value heads, layers
    "8b": (4096, 14336, 32, 8, 32),
    "1gb": (768, 2688, 6, 2, 32),
    "140gb": (12288, 47104, 96, 8, 32),
    # Llama-3.1-70B (meta-llama/Llama-3.1-70B-Instruct config.json): 80 layers, 723 tensors
    "70b": (8192, 28672, 64, 8, 80),
}
HIDDEN, INTER, HEADS, KV_HEADS, LAYERS = WIDTHS[os.environ.get("BENCH_WIDTHS", "8b")]
VOCAB = 128256
HEAD_DIM = HIDDEN // HEADS
SHARDS = int(os.environ.get("BENCH_SHARDS", "30"))
# BF16 as published; BENCH_DTYPE=F32 gives a repo a CPU-only host can serve.
DTYPE = os.environ.get("BENCH_DTYPE", "BF16")
ELEM = {"BF16": 2, "F16": 2, "F32": 4}[DTYPE]

CONFIG = {
    "architectures": ["LlamaForCausalLM"],
    "attention_bias": False,
    "attention_dropout": 0.0,
    "bos_token_id": 128000,
    "eos_token_id": [128001, 128008, 128009],
    "head_dim": HEAD_DIM,
    "hidden_act": "silu",
    "hidden_size": HIDDEN,
    "initializer_range": 0.02,
    "intermediate_size": INTER,
    "max_position_embeddings": 131072,
    "mlp_bias": False,
    "model_type": "llama",
    "num_attention_heads": HEADS,
    "num_hidden_layers": LAYERS,
    "num_key_value_heads": KV_HEADS,
    "pretraining_tp": 1,
    "rms_norm_eps": 1e-05,
    "rope_scaling": {
        "factor": 8.0,
        "high_freq_factor": 4.0,
        "low_freq_factor": 1.0,
        "original_max_position_embeddings": 8192,
        "rope_type": "llama3",
    },
    "rope_theta": 500000.0,
    "tie_word_embeddings": False,
    "torch_dtype": {"BF16": "bfloat16", "F16": "float16", "F32": "float32"}[DTYPE],
    "transformers_version": "4.43.0.dev0",
    "use_cache": True,
    "vocab_size": VOCAB,
}


def llama_tensors():
    """(HF name, GGUF name, shape) of every Llama tensor, in file order."""
    kv = KV_HEADS * HEAD_DIM
    out = [("model.embed_tokens.weight", "token_embd.weight", [VOCAB, HIDDEN])]
    for i in range(LAYERS):
        p, g = f"model.layers.{i}.", f"blk.{i}."
        out += [
            (p + "input_layernorm.weight", g + "attn_norm.weight", [HIDDEN]),
            (p + "mlp.down_proj.weight", g + "ffn_down.weight", [HIDDEN, INTER]),
            (p + "mlp.gate_proj.weight", g + "ffn_gate.weight", [INTER, HIDDEN]),
            (p + "mlp.up_proj.weight", g + "ffn_up.weight", [INTER, HIDDEN]),
            (p + "post_attention_layernorm.weight", g + "ffn_norm.weight", [HIDDEN]),
            (p + "self_attn.k_proj.weight", g + "attn_k.weight", [kv, HIDDEN]),
            (p + "self_attn.o_proj.weight", g + "attn_output.weight", [HIDDEN, HIDDEN]),
            (p + "self_attn.q_proj.weight", g + "attn_q.weight", [HIDDEN, HIDDEN]),
            (p + "self_attn.v_proj.weight", g + "attn_v.weight", [kv, HIDDEN]),
        ]
    out += [
        ("model.norm.weight", "output_norm.weight", [HIDDEN]),
        ("lm_head.weight", "output.weight", [VOCAB, HIDDEN]),
    ]
    return out


def numel(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def sharded(folder):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "config.json"), "w") as f:
        json.dump(CONFIG, f, indent=2)
    with open(os.path.join(folder, "generation_config.json"), "w") as f:
        json.dump({"bos_token_id": 128000, "do_sample": True, "eos_token_id": [128001, 128008, 128009],
                   "temperature": 0.6, "top_p": 0.9, "transformers_version": "4.43.0.dev0"}, f, indent=2)
    tensors = llama_tensors()
    per_shard = -(-len(tensors) // SHARDS)
    weight_map, total = {}, 0
    for s in range(SHARDS):
        chunk = tensors[s * per_shard:(s + 1) * per_shard]
        name = f"model-{s + 1:05d}-of-{SHARDS:05d}.safetensors"
        header, offset = {"__metadata__": {"format": "pt"}}, 0
        for hf, _, shape in chunk:
            size = numel(shape) * ELEM
            header[hf] = {"dtype": DTYPE, "shape": shape, "data_offsets": [offset, offset + size]}
            offset += size
            weight_map[hf] = name
        body = json.dumps(header, separators=(",", ":")).encode()
        body += b" " * (-len(body) % 8)
        with open(os.path.join(folder, name), "wb") as f:
            f.write(struct.pack("<Q", len(body)) + body)
            f.truncate(8 + len(body) + offset)
        total += offset
    with open(os.path.join(folder, "model.safetensors.index.json"), "w") as f:
        json.dump({"metadata": {"total_size": total}, "weight_map": weight_map}, f, indent=2)


def gguf_string(s):
    b = s.encode()
    return struct.pack("<Q", len(b)) + b


def gguf(path):
    # Value types: 4 UINT32, 5 INT32, 6 FLOAT32, 8 STRING, 9 ARRAY.
    kvs = []

    def kv(key, vtype, payload):
        kvs.append(gguf_string(key) + struct.pack("<I", vtype) + payload)

    def u32(key, v):
        kv(key, 4, struct.pack("<I", v))

    def f32(key, v):
        kv(key, 6, struct.pack("<f", v))

    def text(key, v):
        kv(key, 8, gguf_string(v))

    def strings(key, items):
        kv(key, 9, struct.pack("<IQ", 8, len(items)) + b"".join(gguf_string(i) for i in items))

    text("general.architecture", "llama")
    text("general.name", "Bench Llama 3.1 8B Instruct")
    u32("general.file_type", 15)  # MOSTLY_Q4_K_M
    u32("llama.block_count", LAYERS)
    u32("llama.context_length", 131072)
    u32("llama.embedding_length", HIDDEN)
    u32("llama.feed_forward_length", INTER)
    u32("llama.attention.head_count", HEADS)
    u32("llama.attention.head_count_kv", KV_HEADS)
    f32("llama.rope.freq_base", 500000.0)
    f32("llama.attention.layer_norm_rms_epsilon", 1e-5)
    u32("llama.vocab_size", VOCAB)
    u32("llama.rope.dimension_count", HEAD_DIM)
    text("tokenizer.ggml.model", "gpt2")
    text("tokenizer.ggml.pre", "llama-bpe")
    strings("tokenizer.ggml.tokens", [f"tok{i:06d}" for i in range(VOCAB)])
    kv("tokenizer.ggml.token_type", 9,
       struct.pack("<IQ", 5, VOCAB) + struct.pack(f"<{VOCAB}i", *([1] * VOCAB)))
    strings("tokenizer.ggml.merges", [f"m{i % 977} n{i}" for i in range(280147)])
    u32("tokenizer.ggml.bos_token_id", 128000)
    u32("tokenizer.ggml.eos_token_id", 128009)
    text("tokenizer.chat_template", "{% for m in messages %}{{ m['content'] }}{% endfor %}")

    infos, offset = [], 0
    for _, name, shape in llama_tensors():
        dims = list(reversed(shape))  # GGUF lists the fastest-varying dimension first
        if len(shape) == 1:
            ggml_type, size = 0, numel(shape) * 4  # F32
        elif name == "output.weight":
            ggml_type, size = 14, numel(shape) // 256 * 210  # Q6_K
        else:
            ggml_type, size = 12, numel(shape) // 256 * 144  # Q4_K
        infos.append(gguf_string(name) + struct.pack("<I", len(dims))
                     + struct.pack(f"<{len(dims)}Q", *dims) + struct.pack("<IQ", ggml_type, offset))
        offset += size + (-size % 32)
    head = b"GGUF" + struct.pack("<IQQ", 3, len(infos), len(kvs)) + b"".join(kvs) + b"".join(infos)
    head += b"\0" * (-len(head) % 32)
    with open(path, "wb") as f:
        f.write(head)
        f.truncate(len(head) + offset)


if __name__ == "__main__":
    {"sharded": sharded, "gguf": gguf}[sys.argv[1]](sys.argv[2])
