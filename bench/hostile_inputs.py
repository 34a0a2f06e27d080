#!/usr/bin/env python3
"""Writes the hostile inputs bench/hostile-inputs.sh measures, into DIR (sparse where data).

Weight headers valid but large (at the readers' stated limits) and just past them, model folders
with links out of them or round a loop, configs with hostile values, a missing shard.
Usage: hostile_inputs.py DIR
"""
import json
import os
import shutil
import string
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TINY = os.path.join(ROOT, "examples", "tiny-llama")


def safetensors(path, entries, padding=0, data=0):
    body = ("{" + ",".join(entries) + "}").encode() + b" " * padding
    body += b" " * ((8 - len(body) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(body)))
        f.write(body)
        if data:
            f.seek(data - 1, 1)
            f.write(b"\0")


def st_200k(path):
    """A 23 MB header of 200,000 BF16 tensors, spans listed in reverse (a reader must sort)."""
    n = 200_000
    entries = [
        '"model.layers.%d.mlp.experts.%d.down_proj.weight":{"dtype":"BF16","shape":[2,32],'
        '"data_offsets":[%d,%d]}' % (i // 1000, i % 1000, (n - 1 - i) * 128, (n - i) * 128)
        for i in range(n)
    ]
    safetensors(path, entries, padding=1_300_000, data=n * 128)


def st_padded(path, total):
    """One tensor, then spaces up to a header of `total` bytes."""
    entry = '"w":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}'
    safetensors(path, [entry], padding=total - len(entry) - 2, data=16)


def st_worst(path, limit=100_000_000):
    """As many tensors as 100,000,000 bytes hold: 1,818,181 empty ones (4-character names)."""
    alphabet = string.ascii_letters + string.digits
    entries, size, i = [], 2, 0
    while True:
        name = "".join(alphabet[(i // 62**k) % 62] for k in range(4))
        e = '"%s":{"dtype":"U8","shape":[0],"data_offsets":[0,0]}' % name
        if size + len(e) + 1 > limit:
            break
        entries.append(e)
        size += len(e) + 1
        i += 1
    safetensors(path, entries)


def gguf(path, tensors, kvs=1):
    with open(path, "wb") as f:
        f.write(b"GGUF" + struct.pack("<IQQ", 3, tensors, kvs))
        for k in range(kvs):
            key = b"general.architecture" if k == 0 else b"k%d" % k
            f.write(struct.pack("<Q", len(key)) + key + struct.pack("<IQ", 8, 5) + b"llama")
        buf = bytearray()
        for i in range(tensors):
            name = b"blk.%d.ffn_down.weight" % i
            buf += struct.pack("<Q", len(name)) + name + struct.pack("<IQIQ", 1, 8, 0, i * 32)
            if len(buf) > 1 << 20:
                f.write(buf)
                buf = bytearray()
        f.write(buf)
        start = (f.tell() + 31) // 32 * 32
        f.seek(start + tensors * 32 - 1)
        f.write(b"\0")


def folder(path, config=None, extra=None):
    os.makedirs(path, exist_ok=True)
    for name in ("config.json", "model.safetensors"):
        shutil.copy(os.path.join(TINY, name), os.path.join(path, name))
    if config is not None:
        with open(os.path.join(path, "config.json"), "w") as f:
            f.write(config)
    for name, target in (extra or {}).items():
        os.symlink(target, os.path.join(path, name))


def tiny_config(**changes):
    with open(os.path.join(TINY, "config.json")) as f:
        c = json.load(f)
    for k, v in changes.items():
        if k == "rope_scaling":
            c[k] = v
        else:
            c[k] = v
    return json.dumps(c)


def main(out):
    os.makedirs(os.path.join(out, "weights"), exist_ok=True)
    w = lambda name: os.path.join(out, "weights", name)
    j = lambda name: os.path.join(out, name)
    st_200k(w("st-200k-23mb.safetensors"))
    st_padded(w("st-padded-90mb.safetensors"), 90_000_000)
    st_worst(w("st-100mb-1.8m-tensors.safetensors"))
    st_padded(w("st-past-limit.safetensors"), 100_000_008)
    gguf(w("gguf-1m-tensors.gguf"), 1_000_000)
    gguf(w("gguf-1m-plus-1.gguf"), 1_000_001)
    gguf(w("gguf-65537-kvs.gguf"), 0, kvs=65_537)
    folder(j("link-up"), extra={"up": ".."})
    folder(j("link-root"), extra={"root": "/"})
    folder(j("link-loop"))
    os.makedirs(j("link-loop/sub"), exist_ok=True)
    os.symlink("..", j("link-loop/sub/loop"))
    with open(os.path.join(TINY, "config.json")) as f:
        tiny = f.read()
    folder(j("config-trailing-garbage"), config=tiny + '\n{"num_hidden_layers": 999}\n')
    big = tiny.rstrip().rstrip("}") + "".join(',"k%d":0' % i for i in range(1_375_000)) + "}"
    folder(j("config-16mb-1.4m-keys"), config=big)
    folder(j("config-3-kv-heads-of-4"), config=tiny_config(num_key_value_heads=3))
    folder(j("config-yarn-factor-minus-1e308"), config=tiny_config(
        rope_scaling={"rope_type": "yarn", "factor": -1e308,
                      "original_max_position_embeddings": 2048}))
    folder(j("index-missing-shard"))
    os.rename(j("index-missing-shard/model.safetensors"),
              j("index-missing-shard/model-00001-of-00002.safetensors"))
    with open(j("index-missing-shard/model.safetensors.index.json"), "w") as f:
        json.dump({"metadata": {"total_size": 854528}, "weight_map": {
            "model.embed_tokens.weight": "model-00001-of-00002.safetensors",
            "lm_head.weight": "model-00002-of-00002.safetensors"}}, f)
    folder(j("index-15mb-500k-tensors"))
    with open(j("index-15mb-500k-tensors/model.safetensors.index.json"), "w") as f:
        weights = ",".join('"t%d":"model.safetensors"' % i for i in range(500_000))
        f.write('{"metadata":{},"weight_map":{%s}}' % weights)


if __name__ == "__main__":
    main(sys.argv[1])
