package io.github.modelconfig.domain.model;

import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.repo.RepoKind;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;

/** Test support: a Hub snapshot holding just a config.json. */
public final class TestSnapshots {

  private TestSnapshots() {}

  public static ModelSnapshot snapshot(Map<String, ?> config) {
    return new ModelSnapshot(
        "org/model",
        RepoKind.HUB,
        Option.none(),
        List.of(),
        Option.some(raw(config)),
        Option.none(),
        Option.none(),
        Map.of(),
        Map.of(),
        Option.none());
  }

  /** Nested maps become nested configs, as the JSON readers build them. */
  public static RawModelConfig raw(Map<String, ?> values) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? raw(cast(m)) : v));
    return RawModelConfig.of(copy);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Map<?, ?> map) {
    return (Map<String, ?>) map;
  }
}
