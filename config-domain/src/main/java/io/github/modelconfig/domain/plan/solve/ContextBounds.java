package io.github.modelconfig.domain.plan.solve;

import io.github.modelconfig.domain.plan.RuntimeKind;

/**
 * Value: the context lengths a plan may choose from: at least {@code floor}, at most {@code cap},
 * the longest that fits rounded down to {@code step} tokens as the runtime allocates (vLLM's block
 * of 16, MAX's page of 128, llama.cpp's {@code n_ctx} padding of 256, SGLang's page of 1); {@code
 * floor == cap} for an exact {@code --max-length}.
 */
public record ContextBounds(long floor, long cap, long step) {

  /** Used when neither the model nor the operator gives a context length. */
  public static final long UNKNOWN_MODEL_LIMIT = 4096;

  public ContextBounds {
    if (floor < 1 || cap < floor || step < 1) {
      throw new IllegalArgumentException(
          "context bounds need 1 <= floor <= cap, step >= 1: " + floor + "/" + cap + "/" + step);
    }
  }

  /**
   * The bounds of a request: an exact {@code --max-length}; else the model's limit clamped by
   * {@code --max-context}, with {@code --min-context} as the floor (default: that limit).
   */
  public static ContextBounds of(SolveRequest r) {
    long step = r.profile().kind() == RuntimeKind.SGLANG ? 1 : r.profile().blockSize();
    if (r.maxLength().isDefined()) {
      return new ContextBounds(r.maxLength().get(), r.maxLength().get(), step);
    }
    long limit = r.model().contextLength().getOrElse(UNKNOWN_MODEL_LIMIT);
    long cap = Math.max(1, Math.min(limit, r.maxContext().getOrElse(limit)));
    long floor = Math.min(cap, r.minContext().getOrElse(cap));
    return new ContextBounds(Math.max(1, floor), cap, step);
  }

  /** The longest length of the form {@code k * step} at most {@code length}, never below floor. */
  public long roundDown(long length) {
    long rounded = length / step * step;
    return Math.max(floor, rounded);
  }
}
