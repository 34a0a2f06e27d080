package io.github.modelconfig.domain.kvcache;

import io.vavr.control.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Value: how the KV cache is managed. */
public enum KvCacheStrategy {
  MODEL_DEFAULT("model_default"),
  PAGED("paged");

  private final String wireName;

  KvCacheStrategy(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Option<KvCacheStrategy> parse(String text) {
    String name = text.trim().toLowerCase(Locale.ROOT);
    return Option.ofOptional(
        Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst());
  }

  public static List<String> wireNames() {
    return Arrays.stream(values()).map(KvCacheStrategy::wireName).toList();
  }
}
