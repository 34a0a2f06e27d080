package io.github.modelconfig.domain.rope;

import io.vavr.control.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Value: the rotary position embedding layout (llama.cpp names), which matters for GGUF weights.
 */
public enum RopeType {
  NONE("none"),
  NORMAL("normal"),
  NEOX("neox"),
  LONGROPE("longrope"),
  YARN("yarn");

  private final String wireName;

  RopeType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Option<RopeType> parse(String text) {
    String name = text.trim().toLowerCase(Locale.ROOT);
    return Option.ofOptional(
        Arrays.stream(values()).filter(r -> r.wireName.equals(name)).findFirst());
  }

  public static List<String> wireNames() {
    return Arrays.stream(values()).map(RopeType::wireName).toList();
  }
}
