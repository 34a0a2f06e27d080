package io.github.modelconfig.domain.plan.command;

import java.math.BigDecimal;

/** Rule: a fraction printed as the shortest decimal that reads back equal (0.9, not 0.90000). */
final class Decimals {

  private Decimals() {}

  static String of(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
