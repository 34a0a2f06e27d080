package io.github.modelconfig.domain.request;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Value: where {@code resolve --json} echoes a requested value: under {@code key}, right after the
 * key {@code after} (a resolved key such as {@code model_name}, or another echo); without {@code
 * after}, inside its section's object (see {@link Section#jsonAfter()}), in table order.
 */
public record JsonEcho(String key, Option<String> after) {

  public JsonEcho {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(after, "after");
  }
}
