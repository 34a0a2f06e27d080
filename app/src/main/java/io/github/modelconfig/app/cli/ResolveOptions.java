package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.model.RawSetting;
import io.github.modelconfig.domain.model.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * CLI: the options of {@code resolve}, MAX's field names in kebab case. Values stay text so the
 * domain validates them all at once; only options the user typed become settings. The options are a
 * table turned into picocli's model in code (no annotation reflection at start-up); the labels are
 * the ones the help showed when the options were annotated fields.
 */
final class ResolveOptions {

  /** How an option takes its value. */
  private enum Kind {
    /** One text value. */
    TEXT,
    /** Comma-separated text values, repeatable. */
    LIST,
    /** Text, or {@code true} when given without a value. */
    OPTIONAL_TRUE,
    /** {@code --x} is true, {@code --no-x} false. */
    NEGATABLE
  }

  /** One MAX field: its option ({@code --} and the field in kebab case), kind and help. */
  private record Flag(String field, Kind kind, String label, String description) {
    String name() {
      return "--" + field.replace('_', '-');
    }
  }

  private static final List<Flag> FLAGS =
      List.of(
          new Flag("served_model_name", Kind.TEXT, "<servedModelName>", null),
          new Flag("weight_path", Kind.LIST, "<weightPath>", null),
          new Flag("quantization_encoding", Kind.TEXT, "ENCODING", null),
          new Flag(
              "allow_safetensors_weights_fp32_bf6_bidirectional_cast",
              Kind.OPTIONAL_TRUE,
              "<allowCast>",
              null),
          new Flag("huggingface_model_revision", Kind.TEXT, "<modelRevision>", null),
          new Flag("huggingface_weight_revision", Kind.TEXT, "<weightRevision>", null),
          new Flag("trust_remote_code", Kind.OPTIONAL_TRUE, "<trustRemoteCode>", null),
          new Flag("devices", Kind.TEXT, "DEVICES", "cpu, gpu, gpu:0,1 or default"),
          new Flag("force_download", Kind.OPTIONAL_TRUE, "<forceDownload>", null),
          new Flag("vision_config_overrides", Kind.TEXT, "JSON", null),
          new Flag("rope_type", Kind.TEXT, "<ropeType>", null),
          new Flag("max_length", Kind.TEXT, "<maxLength>", null),
          new Flag("max_batch_size", Kind.TEXT, "<maxBatchSize>", null),
          new Flag("data_parallel_degree", Kind.TEXT, "<dataParallelDegree>", null),
          new Flag("use_subgraphs", Kind.NEGATABLE, null, null),
          new Flag("cache_strategy", Kind.TEXT, "<cacheStrategy>", null),
          new Flag("kv_cache_page_size", Kind.TEXT, "<kvCachePageSize>", null),
          new Flag("enable_prefix_caching", Kind.NEGATABLE, null, null),
          new Flag("enable_kvcache_swapping_to_host", Kind.OPTIONAL_TRUE, "<enableSwapping>", null),
          new Flag("host_kvcache_swap_space_gb", Kind.TEXT, "<swapSpaceGb>", null),
          new Flag("device_memory_utilization", Kind.TEXT, "<deviceMemoryUtilization>", null),
          new Flag("kv_cache_format", Kind.TEXT, "<kvCacheFormat>", null),
          new Flag("enable_lora", Kind.OPTIONAL_TRUE, "<enableLora>", null),
          new Flag("lora_paths", Kind.LIST, "<loraPaths>", null),
          new Flag("max_lora_rank", Kind.TEXT, "<maxLoraRank>", null),
          new Flag("max_num_loras", Kind.TEXT, "<maxNumLoras>", null),
          new Flag(
              "draft_model_path",
              Kind.TEXT,
              "PATH",
              "Draft model of speculative decoding (repo id, folder or weight file)."),
          new Flag("draft_weight_path", Kind.LIST, "<draftWeightPath>", null),
          new Flag("draft_quantization_encoding", Kind.TEXT, "ENCODING", null),
          new Flag("draft_huggingface_model_revision", Kind.TEXT, "<draftModelRevision>", null),
          new Flag("draft_huggingface_weight_revision", Kind.TEXT, "<draftWeightRevision>", null));

  private final ParseResult parsed;

  private ResolveOptions(ParseResult parsed) {
    this.parsed = parsed;
  }

  /** Adds {@code [MODEL]}, {@code --model-path} and the MAX and CLI options to {@code spec}. */
  static void addTo(CommandSpec spec) {
    spec.addPositional(
        PositionalParamSpec.builder()
            .index("0")
            .arity("0..1")
            .paramLabel("MODEL")
            .type(String.class)
            .description("Repo id, local folder or weight file (same as --model-path).")
            .build());
    spec.addOption(text("--model-path", "PATH").names("--model-path", "--model").build());
    for (Flag flag : FLAGS) {
      spec.addOption(option(flag));
    }
    spec.addOption(
        text("--target", "NAME[:COUNT]")
            .description("Plan for hardware you don't have, e.g. h100-80gb:8 (replaces discovery).")
            .build());
    spec.addOption(
        OptionSpec.builder("--offline")
            .type(boolean.class)
            .description(
                "Never touch the network: resolve from local folders and the HF cache only.")
            .build());
    spec.addOption(text("--config-file", "FILE").build());
    spec.addOption(text("--section-name", "<sectionName>").build());
  }

  /** The values of one parsed {@code resolve} command line. */
  static ResolveOptions of(ParseResult parsed) {
    return new ResolveOptions(parsed);
  }

  private static OptionSpec option(Flag flag) {
    OptionSpec.Builder option =
        switch (flag.kind()) {
          case TEXT -> text(flag.name(), flag.label());
          case LIST ->
              text(flag.name(), flag.label())
                  .type(List.class)
                  .auxiliaryTypes(String.class)
                  .splitRegex(",");
          case OPTIONAL_TRUE -> text(flag.name(), flag.label()).arity("0..1").fallbackValue("true");
          case NEGATABLE -> OptionSpec.builder(flag.name()).type(Boolean.class).negatable(true);
        };
    if (flag.description() != null) {
      option.description(flag.description());
    }
    return option.build();
  }

  private static OptionSpec.Builder text(String name, String label) {
    return OptionSpec.builder(name).type(String.class).paramLabel(label);
  }

  private <T> T value(String option) {
    return parsed.matchedOptionValue(option, null);
  }

  Optional<String> target() {
    return Optional.ofNullable(value("--target"));
  }

  Optional<String> configFile() {
    return Optional.ofNullable(value("--config-file"));
  }

  Optional<String> sectionName() {
    return Optional.ofNullable(value("--section-name"));
  }

  boolean offline() {
    return parsed.hasMatchedOption("--offline");
  }

  /** The settings the user typed, by MAX field name. */
  Map<String, RawSetting> flagSettings() {
    Map<String, RawSetting> s = new LinkedHashMap<>();
    String modelPath = value("--model-path");
    String model = parsed.matchedPositionalValue(0, null);
    if (modelPath == null && model != null) {
      s.put("model_path", new RawSetting(model, Source.USER, "MODEL argument"));
    }
    put(s, "model_path", modelPath);
    for (Flag flag : FLAGS) {
      put(s, flag.field(), value(flag.name()));
    }
    return s;
  }

  private static void put(Map<String, RawSetting> settings, String field, Object value) {
    if (value != null) {
      settings.put(field, RawSetting.flag(field, value));
    }
  }
}
