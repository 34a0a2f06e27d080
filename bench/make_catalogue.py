#!/usr/bin/env python3
"""Writes the model catalogues bench/batch.sh measures (no download, small sparse weights).

  make_catalogue.py local DIR [N=36]         N model folders DIR/model-NN: six architectures
                                             (Llama, Mistral, Qwen2, Qwen3, Granite, Olmo2), bf16
                                             or f32 (model-12: f16), one or two shards, each with
                                             config.json, generation_config.json and safetensors
                                             files whose headers are real (data is zeros).
  make_catalogue.py hub DIR TEMPLATES [N=1000]
                                             N Hub repos DIR/org-K/model-NNNN (50 per org), repo i
                                             hard-linked from the folder TEMPLATES/model-(i mod T).

Every model is a few hundred KB; the sizes vary so no two models of the local catalogue are alike.
"""
import json
import os
import struct
import sys

FAMILIES = [  # architecture, model_type
    ("LlamaForCausalLM", "llama"),
    ("MistralForCausalLM", "mistral"),
    ("Qwen2ForCausalLM", "qwen2"),
    ("Qwen3ForCausalLM", "qwen3"),
    ("GraniteForCausalLM", "granite"),
    ("Olmo2ForCausalLM", "olmo2"),
]
DTYPES = [("F32", 4, "float32"), ("BF16", 2, "bfloat16"), ("F16", 2, "float16")]


def tensors(layers, hidden, inter, kv, vocab):
    out = [("model.embed_tokens.weight", [vocab, hidden])]
    for i in range(layers):
        p = f"model.layers.{i}."
        out += [
            (p + "input_layernorm.weight", [hidden]),
            (p + "mlp.down_proj.weight", [hidden, inter]),
            (p + "mlp.gate_proj.weight", [inter, hidden]),
            (p + "mlp.up_proj.weight", [inter, hidden]),
            (p + "post_attention_layernorm.weight", [hidden]),
            (p + "self_attn.k_proj.weight", [kv, hidden]),
            (p + "self_attn.o_proj.weight", [hidden, hidden]),
            (p + "self_attn.q_proj.weight", [hidden, hidden]),
            (p + "self_attn.v_proj.weight", [kv, hidden]),
        ]
    return out + [("model.norm.weight", [hidden]), ("lm_head.weight", [vocab, hidden])]


def write_shards(folder, names_shapes, dtype, elem, shards):
    per = -(-len(names_shapes) // shards)
    weight_map, total = {}, 0
    for s in range(shards):
        name = "model.safetensors" if shards == 1 else f"model-{s + 1:05d}-of-{shards:05d}.safetensors"
        header, offset = {"__metadata__": {"format": "pt"}}, 0
        for tensor, shape in names_shapes[s * per:(s + 1) * per]:
            size = elem
            for d in shape:
                size *= d
            header[tensor] = {"dtype": dtype, "shape": shape, "data_offsets": [offset, offset + size]}
            offset += size
            weight_map[tensor] = name
        body = json.dumps(header, separators=(",", ":")).encode()
        body += b" " * (-len(body) % 8)
        with open(os.path.join(folder, name), "wb") as f:
            f.write(struct.pack("<Q", len(body)) + body)
            f.truncate(8 + len(body) + offset)
        total += offset
    if shards > 1:
        with open(os.path.join(folder, "model.safetensors.index.json"), "w") as f:
            json.dump({"metadata": {"total_size": total}, "weight_map": weight_map}, f, indent=2)


def model(folder, i):
    arch, model_type = FAMILIES[i % len(FAMILIES)]
    # bf16 as most repos publish; f32 where MAX serves it; model 12 in float16, which MAX's Llama
    # does not serve (the one invalid line of the catalogue, as real catalogues have some)
    dtype, elem, torch_dtype = DTYPES[1]
    if model_type in ("llama", "qwen2", "qwen3") and i % 3 == 0:
        dtype, elem, torch_dtype = DTYPES[0]
    if i == 12:
        dtype, elem, torch_dtype = DTYPES[2]
    shards = 1 + (i // len(FAMILIES)) % 2
    heads, kv_heads = 4, 2 if i % 2 else 4
    head_dim = 8 + 8 * (i % 3)
    hidden, layers, vocab = heads * head_dim, 2 + i % 3, 256 + 32 * i
    inter = 2 * hidden + 16 * (i % 4)
    os.makedirs(folder, exist_ok=True)
    config = {
        "architectures": [arch], "model_type": model_type, "head_dim": head_dim,
        "hidden_act": "silu", "hidden_size": hidden, "intermediate_size": inter,
        "max_position_embeddings": 2048 * (1 + i % 4), "num_attention_heads": heads,
        "num_hidden_layers": layers, "num_key_value_heads": kv_heads, "rms_norm_eps": 1e-05,
        "rope_theta": 10000.0, "tie_word_embeddings": False, "torch_dtype": torch_dtype,
        "vocab_size": vocab, "bos_token_id": 1, "eos_token_id": 2,
    }
    with open(os.path.join(folder, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    with open(os.path.join(folder, "generation_config.json"), "w") as f:
        json.dump({"bos_token_id": 1, "eos_token_id": 2, "do_sample": True,
                   "temperature": round(0.5 + 0.01 * i, 2), "top_p": 0.9}, f, indent=2)
    write_shards(folder, tensors(layers, hidden, inter, kv_heads * head_dim, vocab), dtype, elem,
                 shards)


def local(root, n=36):
    for i in range(int(n)):
        model(os.path.join(root, f"model-{i:02d}"), i)


def hub(root, templates, n=1000):
    names = sorted(d for d in os.listdir(templates) if os.path.isdir(os.path.join(templates, d)))
    for i in range(int(n)):
        repo = os.path.join(root, f"org-{i // 50:02d}", f"model-{i:04d}")
        os.makedirs(repo, exist_ok=True)
        src = os.path.join(templates, names[i % len(names)])
        for file in os.listdir(src):
            if not os.path.exists(os.path.join(repo, file)):
                os.link(os.path.join(src, file), os.path.join(repo, file))


if __name__ == "__main__":
    {"local": local, "hub": hub}[sys.argv[1]](*sys.argv[2:])
