package io.github.modelconfig.domain.architecture;

/** Value: how an architecture bounds max_length against the model's context length. */
public enum MaxLengthRule {
  /**
   * max_length defaults to max_position_embeddings and may not exceed it (MAX's
   * upper_bounded_default).
   */
  BOUNDED_BY_MODEL,
  /** max_length defaults to max_position_embeddings and is used as given when larger. */
  UNBOUNDED,
  /** The architecture has a fixed maximum sequence length. */
  FIXED,
  /**
   * max_length defaults to the architecture's own fixed value and is used as given otherwise
   * (Qwen3-Embedding's 8192).
   */
  DEFAULT_UNLESS_GIVEN
}
