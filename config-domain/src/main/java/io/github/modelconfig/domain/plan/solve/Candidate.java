package io.github.modelconfig.domain.plan.solve;

import io.github.modelconfig.domain.plan.Accounting;
import io.github.modelconfig.domain.plan.Layout;
import io.github.modelconfig.domain.plan.OffloadPlan;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Value: one layout as the solver left it: the context length it was judged at (the longest that
 * fits, or the floor when nothing fits), the runtime's accounting there, llama.cpp's offload plan
 * when layers or experts stay on the host, and whether it meets the request (fits, and holds the
 * requested concurrency), else {@code why} not.
 */
public record Candidate(
    Layout layout,
    long maxLength,
    Accounting accounting,
    Option<OffloadPlan> offload,
    boolean meets,
    Option<String> why) {

  public Candidate {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(accounting, "accounting");
    Objects.requireNonNull(offload, "offload");
    Objects.requireNonNull(why, "why");
    if (meets == why.isDefined()) {
      throw new IllegalArgumentException("a candidate that meets the request has no why: " + why);
    }
  }

  /** Tokens one replica's KV pool holds. */
  public long kvCacheTokens() {
    return accounting.kvCacheTokens();
  }

  /** Requests of {@link #maxLength()} tokens one replica holds at once. */
  public double concurrency() {
    return (double) kvCacheTokens() / maxLength;
  }

  /** Requests of {@link #maxLength()} tokens all replicas hold at once. */
  public double totalConcurrency() {
    return concurrency() * layout.dataParallel();
  }

  /** Whether llama.cpp keeps layers, experts or the output head on the host. */
  public boolean offloaded() {
    return offload.exists(OffloadPlan::usesHost);
  }
}
