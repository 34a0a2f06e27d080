package io.github.modelconfig.domain.architecture;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.model.GgufModelFacts;
import io.github.modelconfig.domain.provenance.Origin;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;

/**
 * Rule: finds a repo's registry entry from {@code config.json} {@code architectures} (or {@code
 * model_index.json} {@code _class_name} for diffusers), choosing the task by the Hub's {@code
 * pipeline_tag} (else sentence-transformers files) when one name has several; without config.json,
 * from GGUF {@code general.architecture}.
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

  /** Files a sentence-transformers model has at its root. */
  static final List<String> SENTENCE_TRANSFORMERS_FILES =
      List.of("modules.json", "config_sentence_transformers.json");

  private ArchitectureLookup() {}

  static Validation<ConfigError, ArchitectureMatch> find(
      ModelSnapshot snapshot, ArchitectureRegistry registry) {
    List<String> names = names(snapshot);
    if (names.isEmpty()) {
      return Validation.invalid(noArchitecture(snapshot));
    }
    for (String name : names) {
      List<SupportedArchitecture> entries = registry.entries(name);
      if (entries.size() > 1) {
        return Validation.valid(byTask(name, entries, snapshot, registry));
      }
      Option<SupportedArchitecture> found = registry.find(name, Option.none());
      if (found.isDefined()) {
        return Validation.valid(new ArchitectureMatch(found.get(), name, Option.none(), false));
      }
    }
    return Validation.invalid(unknown(names, registry));
  }

  /**
   * One name, several tasks (MAX: Qwen3ForCausalLM for text and embeddings): the Hub's {@code
   * pipeline_tag} decides, else sentence-transformers files in the repo (the files from which the
   * Hub itself derives feature-extraction), else the first registered task, flagged as a guess.
   */
  private static ArchitectureMatch byTask(
      String name,
      List<SupportedArchitecture> entries,
      ModelSnapshot snapshot,
      ArchitectureRegistry registry) {
    Option<String> tag = snapshot.pipelineTag().filter(PIPELINE_TAGS::containsKey);
    if (tag.isDefined()) {
      return new ArchitectureMatch(
          registry.find(name, Option.of(PIPELINE_TAGS.get(tag.get()))).get(),
          name,
          Option.of(Origin.of(Source.HUB, "pipeline_tag " + tag.get())),
          false);
    }
    Option<String> sentenceTransformers =
        Option.ofOptional(
            SENTENCE_TRANSFORMERS_FILES.stream()
                .filter(f -> snapshot.file(f).isDefined())
                .findFirst());
    if (sentenceTransformers.isDefined()) {
      return new ArchitectureMatch(
          registry.find(name, Option.of(Task.EMBEDDINGS_GENERATION)).get(),
          name,
          Option.of(
              Origin.of(
                  Source.ARCHITECTURE,
                  sentenceTransformers.get() + " (sentence-transformers) in the repo")),
          false);
    }
    SupportedArchitecture first = entries.get(0);
    return new ArchitectureMatch(
        first,
        name,
        Option.of(
            Origin.of(
                Source.DEFAULT,
                name
                    + " serves "
                    + String.join(", ", entries.stream().map(a -> a.task().wireName()).toList())
                    + "; without a pipeline_tag or sentence-transformers files, the first")),
        true);
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
