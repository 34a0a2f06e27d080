package io.github.modelconfig.domain.encoding;

/** Value: the MAX graph quantization encoding a weight encoding compiles to. */
public enum GraphQuantizationEncoding {
  Q4_K("Q4_K"),
  Q4_0("Q4_0"),
  Q6_K("Q6_K"),
  GPTQ("GPTQ");

  private final String wireName;

  GraphQuantizationEncoding(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
