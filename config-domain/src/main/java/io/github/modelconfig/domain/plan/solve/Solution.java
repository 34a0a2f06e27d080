package io.github.modelconfig.domain.plan.solve;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Value: the solver's answer: the chosen layout ({@code fits}) or, when none meets the request, the
 * forced layout or the closest miss; every other layout considered with why it lost or does not
 * fit, best first; and {@code advice} when the plan does not fit: the nearest layout that does on
 * this target, or what would fit (a shorter context, more GPUs of the same kind).
 */
public record Solution(
    Candidate chosen, boolean fits, List<Alternative> alternatives, Option<String> advice) {

  public Solution {
    Objects.requireNonNull(chosen, "chosen");
    alternatives = List.copyOf(alternatives);
    Objects.requireNonNull(advice, "advice");
    if (fits != chosen.meets()) {
      throw new IllegalArgumentException("fits must say whether the chosen layout meets it");
    }
  }
}
