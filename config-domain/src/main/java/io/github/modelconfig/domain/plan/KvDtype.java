package io.github.modelconfig.domain.plan;

import io.vavr.control.Option;
import java.util.Locale;

/**
 * Value: a KV-cache element type as runtimes name it ({@code --kv-cache-dtype} of vLLM/SGLang,
 * {@code -ctk/-ctv} of llama.cpp) with its storage cost: {@code bytes} per {@code block} elements
 * (ggml block types: q8_0 stores 32 elements in 34 bytes, q4_0 in 18; ggml-common.h). {@code AUTO}
 * means the model's compute dtype.
 */
public enum KvDtype {
  AUTO("auto", 0, 1),
  FLOAT32("float32", 4, 1),
  BFLOAT16("bfloat16", 2, 1),
  FLOAT16("float16", 2, 1),
  FP8("fp8", 1, 1),
  FP8_E5M2("fp8_e5m2", 1, 1),
  Q8_0("q8_0", 34, 32),
  Q5_1("q5_1", 24, 32),
  Q5_0("q5_0", 22, 32),
  Q4_1("q4_1", 20, 32),
  Q4_0("q4_0", 18, 32),
  IQ4_NL("iq4_nl", 18, 32);

  private final String wireName;
  private final int bytes;
  private final int block;

  KvDtype(String wireName, int bytes, int block) {
    this.wireName = wireName;
    this.bytes = bytes;
    this.block = block;
  }

  public String wireName() {
    return wireName;
  }

  /** Whether llama.cpp's block-quantized types only (they exist in no other runtime). */
  public boolean ggmlBlock() {
    return block > 1;
  }

  /** Bytes of {@code elements} elements ({@code elements} a multiple of the block for ggml). */
  public long bytes(long elements, int autoBytes) {
    if (this == AUTO) {
      return elements * autoBytes;
    }
    return elements / block * bytes + (elements % block == 0 ? 0 : bytes);
  }

  /** The type named {@code text}: also {@code fp8_e4m3}, {@code f16}, {@code bf16}, {@code f32}. */
  public static Option<KvDtype> parse(String text) {
    String key = text.trim().toLowerCase(Locale.ROOT);
    switch (key) {
      case "fp8_e4m3", "float8_e4m3fn" -> key = "fp8";
      case "f16", "half" -> key = "float16";
      case "bf16" -> key = "bfloat16";
      case "f32", "float" -> key = "float32";
      default -> {}
    }
    for (KvDtype t : values()) {
      if (t.wireName.equals(key)) {
        return Option.of(t);
      }
    }
    return Option.none();
  }
}
