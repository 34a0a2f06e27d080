package io.github.modelconfig.domain.plan.solve;

import java.util.Objects;

/** Value: a layout the solver considered and did not choose, with why, in an operator's words. */
public record Alternative(Candidate candidate, String why) {

  public Alternative {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(why, "why");
  }
}
