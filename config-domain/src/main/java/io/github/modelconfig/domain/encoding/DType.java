package io.github.modelconfig.domain.encoding;

import io.vavr.control.Option;
import java.util.Arrays;

/** Value: an element data type of weights or KV cache, with its size in bytes. */
public enum DType {
  FLOAT32("float32", 4),
  BFLOAT16("bfloat16", 2),
  FLOAT16("float16", 2),
  FLOAT8_E4M3FN("float8_e4m3fn", 1),
  UINT8("uint8", 1);

  private final String wireName;
  private final int sizeInBytes;

  DType(String wireName, int sizeInBytes) {
    this.wireName = wireName;
    this.sizeInBytes = sizeInBytes;
  }

  public String wireName() {
    return wireName;
  }

  public int sizeInBytes() {
    return sizeInBytes;
  }

  /** Parses a wire name case-insensitively, accepting the {@code torch.} prefix of torch_dtype. */
  public static Option<DType> parse(String text) {
    String name = text.trim().toLowerCase(java.util.Locale.ROOT).replaceFirst("^torch\\.", "");
    return Option.ofOptional(
        Arrays.stream(values()).filter(d -> d.wireName.equals(name)).findFirst());
  }
}
