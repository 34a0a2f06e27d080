package io.github.modelconfig.domain.architecture;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.model.GgufModelFacts;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;

/**
 * Rule: finds a repo's registry entry from {@code config.json} {@code architectures} (or {@code
 * model_index.json} {@code _class_name} for diffusers), choosing the task by the Hub's {@code
 * pipeline_tag} when one name has several; without config.json, from GGUF {@code
 * general.architecture}.
 */
final class ArchitectureLookup {

  private static final Map<String, Task> PIPELINE_TAGS =
      Map.of(
          "text-generation", Task.TEXT_GENERATION,
          "feature-extraction", Task.EMBEDDINGS_GENERATION,
          "sentence-similarity", Task.EMBEDDINGS_GENERATION,
          "audio-generation", Task.AUDIO_GENERATION,
          "text-to-image", Task.PIXEL_GENERATION,
          "image-to-image", Task.PIXEL_GENERATION);

  private ArchitectureLookup() {}

  static Validation<ConfigError, SupportedArchitecture> find(
      ModelSnapshot snapshot, ArchitectureRegistry registry) {
    List<String> names = names(snapshot);
    if (names.isEmpty()) {
      return Validation.invalid(noArchitecture(snapshot));
    }
    Option<Task> task = snapshot.pipelineTag().flatMap(t -> Option.of(PIPELINE_TAGS.get(t)));
    for (String name : names) {
      Option<SupportedArchitecture> found = registry.find(name, task);
      if (found.isDefined()) {
        return Validation.valid(found.get());
      }
    }
    return Validation.invalid(unknown(names, registry));
  }

  static List<String> names(ModelSnapshot snapshot) {
    if (snapshot.isDiffusionPipeline()) {
      return snapshot.modelIndex().get().string("_class_name").map(List::of).getOrElse(List.of());
    }
    if (snapshot.config().isEmpty()) {
      return snapshot
          .firstGguf()
          .flatMap(g -> g.architecture())
          .flatMap(GgufModelFacts::architectureClass)
          .map(List::of)
          .getOrElse(List.of());
    }
    return snapshot
        .config()
        .flatMap(c -> c.list("architectures"))
        .map(l -> l.stream().filter(String.class::isInstance).map(String.class::cast).toList())
        .getOrElse(List.of());
  }

  private static ConfigError noArchitecture(ModelSnapshot snapshot) {
    boolean hasConfig = snapshot.config().isDefined();
    return new ConfigError(
        hasConfig ? ErrorCode.MISSING_ARCHITECTURES : ErrorCode.MISSING_CONFIG,
        hasConfig ? "config.json:architectures" : "model_path",
        hasConfig
            ? "config.json of '" + snapshot.repoId() + "' has no 'architectures' list."
            : "'" + snapshot.repoId() + "' has neither config.json nor model_index.json.",
        hasConfig
            ? "Add \"architectures\": [\"<ClassName>\"] to config.json."
            : "Point --model-path at a folder or repo that holds the model's config.json.");
  }

  private static ConfigError unknown(List<String> names, ArchitectureRegistry registry) {
    List<String> closest = registry.closestTo(names.get(0), 3);
    return new ConfigError(
        ErrorCode.UNSUPPORTED_ARCHITECTURE,
        "architecture",
        "Architecture "
            + String.join(", ", names)
            + " is not in the registry; closest registered: "
            + String.join(", ", closest)
            + ".",
        "Check config.json 'architectures'; embedders can add an entry with "
            + "ArchitectureRegistry.with(...).");
  }
}
