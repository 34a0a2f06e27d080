package io.github.modelconfig.domain.plan;

import java.util.Objects;

/** Value: a llama.cpp accounting with the offload plan it assumes. */
public record OffloadAccounting(Accounting accounting, OffloadPlan plan) {

  public OffloadAccounting {
    Objects.requireNonNull(accounting, "accounting");
    Objects.requireNonNull(plan, "plan");
  }
}
