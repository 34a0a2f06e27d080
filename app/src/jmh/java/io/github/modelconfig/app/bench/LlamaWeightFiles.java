package io.github.modelconfig.app.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark fixture: one Llama-shaped weight file with a real header and a sparse data section
 * (header written, length set, no data): bf16 safetensors with all 291 tensors, or a Q4_K GGUF v3
 * with the 128,256-token vocabulary, 280,147 merges and 291 tensor infos (as bench/make_fixtures.py
 * writes them). Only the widths change between sizes, so the headers have the same keys and tensors.
 */
record LlamaWeightFiles(int hidden, int heads, int kvHeads, int intermediate) {

  static final int LAYERS = 32;
  static final int VOCAB = 128_256;
  static final int MERGES = 280_147;

  /** Llama-3.1-8B: 8.03 B parameters, 16.06 GB in bf16, 4.65 GB in Q4_K. */
  static final LlamaWeightFiles LLAMA_8B = new LlamaWeightFiles(4096, 32, 8, 14336);

  /** 0.89 GB of bf16 safetensors. */
  static final LlamaWeightFiles SAFETENSORS_1GB = new LlamaWeightFiles(768, 6, 2, 2688);

  /** 138 GB of bf16 safetensors. */
  static final LlamaWeightFiles SAFETENSORS_140GB = new LlamaWeightFiles(12288, 96, 8, 47104);

  /** 0.83 GB of Q4_K GGUF (every width a multiple of the 256-element Q4_K block). */
  static final LlamaWeightFiles GGUF_1GB = new LlamaWeightFiles(1536, 12, 4, 5376);

  /** 141 GB of Q4_K GGUF. */
  static final LlamaWeightFiles GGUF_140GB = new LlamaWeightFiles(24576, 192, 8, 86016);

  /** A tensor: Hugging Face name, GGUF name, shape (outermost dimension first). */
  private record Tensor(String hf, String gguf, long[] shape) {
    long elements() {
      long n = 1;
      for (long d : shape) {
        n *= d;
      }
      return n;
    }
  }

  /** Writes {@code model.safetensors} (bf16); returns the file length. */
  long writeSafetensors(Path file) throws IOException {
    StringBuilder json = new StringBuilder("{\"__metadata__\":{\"format\":\"pt\"}");
    long offset = 0;
    for (Tensor t : tensors()) {
      json.append(",\"").append(t.hf()).append("\":{\"dtype\":\"BF16\",\"shape\":[");
      for (int i = 0; i < t.shape().length; i++) {
        json.append(i == 0 ? "" : ",").append(t.shape()[i]);
      }
      json.append("],\"data_offsets\":[").append(offset).append(',');
      offset += 2 * t.elements();
      json.append(offset).append("]}");
    }
    json.append('}');
    while (json.length() % 8 != 0) {
      json.append(' ');
    }
    byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
    Le head = new Le();
    head.u64(body.length);
    head.bytes(body);
    return sparse(file, head.toByteArray(), offset);
  }

  /** Writes a Q4_K (output Q6_K, norms F32) GGUF v3; returns the file length. */
  long writeGguf(Path file) throws IOException {
    Le kvs = new Le();
    int[] count = {0};
    KeyValues kv = new KeyValues(kvs, count);
    kv.string("general.architecture", "llama");
    kv.string("general.name", "Bench Llama 3.1 8B Instruct");
    kv.u32("general.file_type", 15);
    kv.u32("llama.block_count", LAYERS);
    kv.u32("llama.context_length", 131072);
    kv.u32("llama.embedding_length", hidden);
    kv.u32("llama.feed_forward_length", intermediate);
    kv.u32("llama.attention.head_count", heads);
    kv.u32("llama.attention.head_count_kv", kvHeads);
    kv.f32("llama.rope.freq_base", 500000f);
    kv.f32("llama.attention.layer_norm_rms_epsilon", 1e-5f);
    kv.u32("llama.vocab_size", VOCAB);
    kv.u32("llama.rope.dimension_count", hidden / heads);
    kv.string("tokenizer.ggml.model", "gpt2");
    kv.string("tokenizer.ggml.pre", "llama-bpe");
    List<String> tokens = new ArrayList<>(VOCAB);
    for (int i = 0; i < VOCAB; i++) {
      tokens.add(String.format("tok%06d", i));
    }
    kv.strings("tokenizer.ggml.tokens", tokens);
    kv.key("tokenizer.ggml.token_type", 9);
    kvs.u32(5);
    kvs.u64(VOCAB);
    for (int i = 0; i < VOCAB; i++) {
      kvs.u32(1);
    }
    List<String> merges = new ArrayList<>(MERGES);
    for (int i = 0; i < MERGES; i++) {
      merges.add("m" + (i % 977) + " n" + i);
    }
    kv.strings("tokenizer.ggml.merges", merges);
    kv.u32("tokenizer.ggml.bos_token_id", 128000);
    kv.u32("tokenizer.ggml.eos_token_id", 128009);
    kv.string(
        "tokenizer.chat_template", "{% for m in messages %}{{ m['content'] }}{% endfor %}");

    Le infos = new Le();
    List<Tensor> tensors = tensors();
    long offset = 0;
    for (Tensor t : tensors) {
      long[] shape = t.shape();
      infos.string(t.gguf());
      infos.u32(shape.length);
      for (int i = shape.length - 1; i >= 0; i--) {
        infos.u64(shape[i]); // GGUF lists the fastest-varying dimension first
      }
      long size;
      int type;
      if (shape.length == 1) {
        type = 0; // F32
        size = 4 * t.elements();
      } else if (t.gguf().equals("output.weight")) {
        type = 14; // Q6_K
        size = t.elements() / 256 * 210;
      } else {
        type = 12; // Q4_K
        size = t.elements() / 256 * 144;
      }
      infos.u32(type);
      infos.u64(offset);
      offset += size + Math.floorMod(-size, 32L);
    }
    Le head = new Le();
    head.bytes("GGUF".getBytes(StandardCharsets.US_ASCII));
    head.u32(3);
    head.u64(tensors.size());
    head.u64(count[0]);
    head.bytes(kvs.toByteArray());
    head.bytes(infos.toByteArray());
    while (head.size() % 32 != 0) {
      head.write(0);
    }
    return sparse(file, head.toByteArray(), offset);
  }

  private static long sparse(Path file, byte[] header, long dataBytes) throws IOException {
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(0);
      out.write(header);
      out.setLength(header.length + dataBytes);
      return out.length();
    }
  }

  private List<Tensor> tensors() {
    long kv = (long) kvHeads * (hidden / heads);
    List<Tensor> out = new ArrayList<>();
    out.add(new Tensor("model.embed_tokens.weight", "token_embd.weight", shape(VOCAB, hidden)));
    for (int i = 0; i < LAYERS; i++) {
      String p = "model.layers." + i + ".";
      String g = "blk." + i + ".";
      out.add(new Tensor(p + "input_layernorm.weight", g + "attn_norm.weight", shape(hidden)));
      out.add(
          new Tensor(p + "mlp.down_proj.weight", g + "ffn_down.weight", shape(hidden, intermediate)));
      out.add(
          new Tensor(p + "mlp.gate_proj.weight", g + "ffn_gate.weight", shape(intermediate, hidden)));
      out.add(new Tensor(p + "mlp.up_proj.weight", g + "ffn_up.weight", shape(intermediate, hidden)));
      out.add(
          new Tensor(p + "post_attention_layernorm.weight", g + "ffn_norm.weight", shape(hidden)));
      out.add(new Tensor(p + "self_attn.k_proj.weight", g + "attn_k.weight", shape(kv, hidden)));
      out.add(
          new Tensor(p + "self_attn.o_proj.weight", g + "attn_output.weight", shape(hidden, hidden)));
      out.add(new Tensor(p + "self_attn.q_proj.weight", g + "attn_q.weight", shape(hidden, hidden)));
      out.add(new Tensor(p + "self_attn.v_proj.weight", g + "attn_v.weight", shape(kv, hidden)));
    }
    out.add(new Tensor("model.norm.weight", "output_norm.weight", shape(hidden)));
    out.add(new Tensor("lm_head.weight", "output.weight", shape(VOCAB, hidden)));
    return out;
  }

  private static long[] shape(long... dims) {
    return dims;
  }

  /** Little-endian byte writer. */
  private static final class Le extends ByteArrayOutputStream {
    void u32(long v) {
      bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array());
    }

    void u64(long v) {
      bytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
    }

    void f32(float v) {
      bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v).array());
    }

    void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      u64(b.length);
      bytes(b);
    }

    void bytes(byte[] b) {
      write(b, 0, b.length);
    }
  }

  /** GGUF metadata key-values (value types: 4 UINT32, 6 FLOAT32, 8 STRING, 9 ARRAY). */
  private record KeyValues(Le out, int[] count) {
    void key(String key, int type) {
      out.string(key);
      out.u32(type);
      count[0]++;
    }

    void u32(String key, long v) {
      key(key, 4);
      out.u32(v);
    }

    void f32(String key, float v) {
      key(key, 6);
      out.f32(v);
    }

    void string(String key, String v) {
      key(key, 8);
      out.string(v);
    }

    void strings(String key, List<String> items) {
      key(key, 9);
      out.u32(8);
      out.u64(items.size());
      items.forEach(out::string);
    }
  }
}
