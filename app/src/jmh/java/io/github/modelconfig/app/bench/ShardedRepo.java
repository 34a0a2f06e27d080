package io.github.modelconfig.app.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark fixture: a Llama-shaped repo (config.json, 30 sparse F32 safetensors shards with real
 * headers, 32 layers, 291 tensors). Only the widths change with the size, so a 1 GB and a 140 GB
 * repo have the same files, tensors and header sizes.
 */
record ShardedRepo(int hidden, int heads, int kvHeads, int intermediate) {

  static final int LAYERS = 32;
  static final int VOCAB = 128_256;
  static final int SHARDS = 30;

  /** ~0.96 GB of F32 weights. */
  static final ShardedRepo ONE_GB = new ShardedRepo(512, 4, 2, 1792);

  /** ~144 GB of F32 weights. */
  static final ShardedRepo HUNDRED_FORTY_GB = new ShardedRepo(8704, 68, 4, 30464);

  private record Tensor(String name, long[] shape) {
    long bytes() {
      long n = 4;
      for (long d : shape) {
        n *= d;
      }
      return n;
    }
  }

  long write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("config.json"), config());
    List<Tensor> tensors = tensors();
    int perShard = (tensors.size() + SHARDS - 1) / SHARDS;
    long total = 0;
    for (int s = 0; s < SHARDS; s++) {
      List<Tensor> chunk =
          tensors.subList(s * perShard, Math.min(tensors.size(), (s + 1) * perShard));
      String name = String.format("model-%05d-of-%05d.safetensors", s + 1, SHARDS);
      total += shard(folder.resolve(name), chunk);
    }
    return total;
  }

  private long shard(Path file, List<Tensor> chunk) throws IOException {
    StringBuilder json = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\"}");
    long offset = 0;
    for (Tensor t : chunk) {
      json.append(",\"").append(t.name()).append("\":{\"dtype\":\"F32\",\"shape\":[");
      for (int i = 0; i < t.shape().length; i++) {
        json.append(i == 0 ? "" : ",").append(t.shape()[i]);
      }
      json.append("],\"data_offsets\":[").append(offset).append(',');
      offset += t.bytes();
      json.append(offset).append("]}");
    }
    json.append('}');
    while (json.length() % 8 != 0) {
      json.append(' ');
    }
    byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(body.length).array());
      out.write(body);
      out.setLength(8L + body.length + offset);
    }
    return offset;
  }

  private List<Tensor> tensors() {
    long kv = (long) kvHeads * (hidden / heads);
    List<Tensor> out = new ArrayList<>();
    out.add(new Tensor("model.embed_tokens.weight", new long[] {VOCAB, hidden}));
    for (int i = 0; i < LAYERS; i++) {
      String p = "model.layers." + i + ".";
      out.add(new Tensor(p + "input_layernorm.weight", new long[] {hidden}));
      out.add(new Tensor(p + "mlp.down_proj.weight", new long[] {hidden, intermediate}));
      out.add(new Tensor(p + "mlp.gate_proj.weight", new long[] {intermediate, hidden}));
      out.add(new Tensor(p + "mlp.up_proj.weight", new long[] {intermediate, hidden}));
      out.add(new Tensor(p + "post_attention_layernorm.weight", new long[] {hidden}));
      out.add(new Tensor(p + "self_attn.k_proj.weight", new long[] {kv, hidden}));
      out.add(new Tensor(p + "self_attn.o_proj.weight", new long[] {hidden, hidden}));
      out.add(new Tensor(p + "self_attn.q_proj.weight", new long[] {hidden, hidden}));
      out.add(new Tensor(p + "self_attn.v_proj.weight", new long[] {kv, hidden}));
    }
    out.add(new Tensor("model.norm.weight", new long[] {hidden}));
    out.add(new Tensor("lm_head.weight", new long[] {VOCAB, hidden}));
    return out;
  }

  private String config() {
    return "{\"architectures\":[\"LlamaForCausalLM\"],\"model_type\":\"llama\",\"hidden_size\":"
        + hidden
        + ",\"intermediate_size\":"
        + intermediate
        + ",\"num_hidden_layers\":"
        + LAYERS
        + ",\"num_attention_heads\":"
        + heads
        + ",\"num_key_value_heads\":"
        + kvHeads
        + ",\"head_dim\":"
        + hidden / heads
        + ",\"max_position_embeddings\":131072,\"rms_norm_eps\":1e-05,\"rope_theta\":500000.0,"
        + "\"rope_scaling\":{\"factor\":8.0,\"high_freq_factor\":4.0,\"low_freq_factor\":1.0,"
        + "\"original_max_position_embeddings\":8192,\"rope_type\":\"llama3\"},"
        + "\"tie_word_embeddings\":false,\"torch_dtype\":\"float32\",\"vocab_size\":"
        + VOCAB
        + ",\"bos_token_id\":128000,\"eos_token_id\":[128001,128008,128009]}";
  }
}
