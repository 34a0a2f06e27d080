package io.github.modelconfig.domain.testdata;

import static org.assertj.core.api.Assertions.fail;

import io.vavr.control.Validation;

/** Test support: the value of an outcome, failing with its problems when there is none. */
public final class Outcomes {

  private Outcomes() {}

  public static <T> T valid(Validation<?, T> outcome) {
    if (outcome.isInvalid()) {
      fail("expected a valid outcome, got " + outcome.getError());
    }
    return outcome.get();
  }
}
