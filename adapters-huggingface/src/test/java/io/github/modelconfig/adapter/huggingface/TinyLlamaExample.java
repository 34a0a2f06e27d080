package io.github.modelconfig.adapter.huggingface;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Test fixture: generates {@code examples/tiny-llama/model.safetensors}, a real float32 Llama with
 * 2 layers, hidden 64, 4 heads, 2 KV heads, vocab 256 (106,816 parameters, 427,264 data bytes). Run
 * {@code main} with the output path to regenerate it; a test checks the committed copy.
 */
public final class TinyLlamaExample {

  static final int HIDDEN = 64;
  static final int LAYERS = 2;
  static final int HEADS = 4;
  static final int KV_HEADS = 2;
  static final int HEAD_DIM = HIDDEN / HEADS;
  static final int INTERMEDIATE = 128;
  static final int VOCAB = 256;

  private TinyLlamaExample() {}

  public static SafetensorsWriter writer() {
    SafetensorsWriter w = new SafetensorsWriter(Map.of("format", "pt"));
    w.add("model.embed_tokens.weight", "F32", 4, VOCAB, HIDDEN);
    for (int i = 0; i < LAYERS; i++) {
      String p = "model.layers." + i + ".";
      w.add(p + "input_layernorm.weight", "F32", 4, HIDDEN);
      w.add(p + "self_attn.q_proj.weight", "F32", 4, HEADS * HEAD_DIM, HIDDEN);
      w.add(p + "self_attn.k_proj.weight", "F32", 4, KV_HEADS * HEAD_DIM, HIDDEN);
      w.add(p + "self_attn.v_proj.weight", "F32", 4, KV_HEADS * HEAD_DIM, HIDDEN);
      w.add(p + "self_attn.o_proj.weight", "F32", 4, HIDDEN, HEADS * HEAD_DIM);
      w.add(p + "post_attention_layernorm.weight", "F32", 4, HIDDEN);
      w.add(p + "mlp.gate_proj.weight", "F32", 4, INTERMEDIATE, HIDDEN);
      w.add(p + "mlp.up_proj.weight", "F32", 4, INTERMEDIATE, HIDDEN);
      w.add(p + "mlp.down_proj.weight", "F32", 4, HIDDEN, INTERMEDIATE);
    }
    w.add("model.norm.weight", "F32", 4, HIDDEN);
    w.add("lm_head.weight", "F32", 4, VOCAB, HIDDEN);
    return w;
  }

  /** Deterministic small weights from a 64-bit LCG, so the file is identical on every machine. */
  static float element(long index) {
    long x = index * 6364136223846793005L + 1442695040888963407L;
    x ^= x >>> 29;
    return ((x & 0xFFFF) - 32768) / 32768.0f * 0.02f;
  }

  public static void write(Path file) throws IOException {
    writer().writeFloat32(file, TinyLlamaExample::element);
  }

  public static void main(String[] args) throws IOException {
    write(Path.of(args.length > 0 ? args[0] : "examples/tiny-llama/model.safetensors"));
  }
}
