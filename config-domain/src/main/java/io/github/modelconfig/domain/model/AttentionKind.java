package io.github.modelconfig.domain.model;

/** Value: the attention layout, which decides the KV cache formula. */
public enum AttentionKind {
  MHA("mha"),
  GQA("gqa"),
  MQA("mqa"),
  MLA("mla");

  private final String wireName;

  AttentionKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
