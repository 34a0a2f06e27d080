package io.github.modelconfig.domain.architecture;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rule: the architecture registry, keyed by Hugging Face architecture name and task. Immutable; an
 * embedder adds entries with {@link #with(SupportedArchitecture)}.
 */
public final class ArchitectureRegistry {

  /** Hugging Face spellings that name a registered architecture differently. */
  private static final Map<String, String> ALIASES =
      Map.of("DeepseekV32ForCausalLM", "DeepseekV3_2ForCausalLM");

  private final Map<String, List<SupportedArchitecture>> byName;

  private ArchitectureRegistry(Map<String, List<SupportedArchitecture>> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /** Every architecture MAX registered at the reference version. */
  public static ArchitectureRegistry defaults() {
    ArchitectureRegistry registry = new ArchitectureRegistry(new LinkedHashMap<>());
    for (SupportedArchitecture a : DefaultArchitectures.all()) {
      registry = registry.with(a);
    }
    return registry;
  }

  /** A copy with {@code architecture} added, replacing an entry of the same name and task. */
  public ArchitectureRegistry with(SupportedArchitecture architecture) {
    Map<String, List<SupportedArchitecture>> copy = new LinkedHashMap<>(byName);
    List<SupportedArchitecture> same =
        copy.getOrDefault(architecture.name(), List.of()).stream()
            .filter(a -> a.task() != architecture.task())
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    same.add(architecture);
    copy.put(architecture.name(), List.copyOf(same));
    return new ArchitectureRegistry(copy);
  }

  /** The entry for {@code name}: the one for {@code task} when given, else the first registered. */
  public Option<SupportedArchitecture> find(String name, Option<Task> task) {
    List<SupportedArchitecture> entries =
        byName.getOrDefault(ALIASES.getOrDefault(name, name), List.of());
    if (task.isDefined()) {
      Option<SupportedArchitecture> exact =
          Option.ofOptional(entries.stream().filter(a -> a.task() == task.get()).findFirst());
      if (exact.isDefined()) {
        return exact;
      }
    }
    return entries.isEmpty() ? Option.none() : Option.of(entries.get(0));
  }

  /**
   * The entry of a model repo: by config.json {@code architectures} (model_index.json {@code
   * _class_name} for diffusers, else GGUF {@code general.architecture}), the task chosen by the
   * Hub's {@code pipeline_tag}; a problem naming the closest registered names when none matches.
   */
  public Validation<ConfigError, SupportedArchitecture> lookup(ModelSnapshot snapshot) {
    return match(snapshot).map(ArchitectureMatch::architecture);
  }

  /**
   * The entry of a model repo as {@link #lookup} finds it, with the name as the file spells it and
   * where the task came from when the name serves several.
   */
  public Validation<ConfigError, ArchitectureMatch> match(ModelSnapshot snapshot) {
    return ArchitectureLookup.find(snapshot, this);
  }

  /** The entries registered under {@code name} or its alias (several when tasks differ). */
  public List<SupportedArchitecture> entries(String name) {
    return byName.getOrDefault(ALIASES.getOrDefault(name, name), List.of());
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /** Up to {@code limit} registered names closest to {@code name} by edit distance. */
  public List<String> closestTo(String name, int limit) {
    String lower = name.toLowerCase(Locale.ROOT);
    return byName.keySet().stream()
        .sorted(
            Comparator.comparingInt(
                    (String n) -> EditDistance.between(lower, n.toLowerCase(Locale.ROOT)))
                .thenComparing(n -> n))
        .limit(limit)
        .toList();
  }
}
