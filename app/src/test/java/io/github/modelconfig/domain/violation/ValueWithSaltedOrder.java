package io.github.modelconfig.domain.violation;

import java.util.Map;

/** Deliberate violation: a value whose map iterates in a different order on every JVM run. */
public record ValueWithSaltedOrder(Map<String, Object> values) {
  public ValueWithSaltedOrder {
    values = Map.copyOf(values);
  }
}
