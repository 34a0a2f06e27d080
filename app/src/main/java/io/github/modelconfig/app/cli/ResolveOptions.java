package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.OptionSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.PositionalParamSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.request.RawSetting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
          new Flag("served_model_name", Kind.TEXT, "NAME", "Name to serve the model under."),
          new Flag(
              "weight_path",
              Kind.LIST,
              "FILE",
              "Weight files: of the model, local, or org/repo/file of another repo."),
          new Flag(
              "quantization_encoding",
              Kind.TEXT,
              "ENCODING",
              "float32, bfloat16, float16, q4_k, q4_0, q6_k, float8_e4m3fn, float4_e2m1fnx2, gptq."),
          new Flag(
              "allow_safetensors_weights_fp32_bf6_bidirectional_cast",
              Kind.OPTIONAL_TRUE,
              "BOOL",
              "Allow casting float32 <-> bfloat16 safetensors weights at load."),
          new Flag(
              "huggingface_model_revision",
              Kind.TEXT,
              "REVISION",
              "Branch, tag or commit of the model repo (default main)."),
          new Flag(
              "huggingface_weight_revision",
              Kind.TEXT,
              "REVISION",
              "Branch, tag or commit of the weights repo (default main)."),
          new Flag(
              "trust_remote_code",
              Kind.OPTIONAL_TRUE,
              "BOOL",
              "Passed on to engines; modelconfig never runs repo code."),
          new Flag("devices", Kind.TEXT, "DEVICES", "cpu, gpu, gpu:0,1 or default"),
          new Flag(
              "force_download",
              Kind.OPTIONAL_TRUE,
              "BOOL",
              "Passed on; resolve reads metadata only."),
          new Flag(
              "vision_config_overrides",
              Kind.TEXT,
              "JSON",
              "Overrides for a vision config (JSON)."),
          new Flag("rope_type", Kind.TEXT, "TYPE", "none, normal, neox, longrope or yarn."),
          new Flag(
              "max_length", Kind.TEXT, "TOKENS", "Max sequence length (default: the model's)."),
          new Flag("max_batch_size", Kind.TEXT, "N", "Max requests per batch (default: planned)."),
          new Flag(
              "data_parallel_degree", Kind.TEXT, "N", "Replicas across the devices (default 1)."),
          new Flag("use_subgraphs", Kind.NEGATABLE, null, "Build the graph from subgraphs."),
          new Flag("cache_strategy", Kind.TEXT, "STRATEGY", "model_default or paged."),
          new Flag(
              "kv_cache_page_size",
              Kind.TEXT,
              "TOKENS",
              "Tokens per KV-cache page, a multiple of 128 (default 128)."),
          new Flag(
              "enable_prefix_caching",
              Kind.NEGATABLE,
              null,
              "Reuse cached prefixes (default on; paged only)."),
          new Flag(
              "enable_kvcache_swapping_to_host",
              Kind.OPTIONAL_TRUE,
              "BOOL",
              "Swap KV pages to host memory (paged, prefix caching)."),
          new Flag(
              "host_kvcache_swap_space_gb",
              Kind.TEXT,
              "GIB",
              "Host memory for swapped pages (default 50)."),
          new Flag(
              "device_memory_utilization",
              Kind.TEXT,
              "FRACTION",
              "Share of free device memory to use, in (0, 1] (default 0.9)."),
          new Flag(
              "kv_cache_format",
              Kind.TEXT,
              "DTYPE",
              "KV-cache dtype override: float32, bfloat16 or float8_e4m3fn."),
          new Flag("enable_lora", Kind.OPTIONAL_TRUE, "BOOL", "Serve LoRA adapters."),
          new Flag("lora_paths", Kind.LIST, "PATH", "LoRA adapters to load."),
          new Flag("max_lora_rank", Kind.TEXT, "N", "Largest LoRA rank (default 16)."),
          new Flag("max_num_loras", Kind.TEXT, "N", "LoRA adapters at once (default 1)."),
          new Flag(
              "draft_model_path",
              Kind.TEXT,
              "PATH",
              "Draft model of speculative decoding (repo id, folder or weight file)."),
          new Flag("draft_weight_path", Kind.LIST, "FILE", "The draft model's weight files."),
          new Flag(
              "draft_quantization_encoding", Kind.TEXT, "ENCODING", "The draft model's encoding."),
          new Flag(
              "draft_huggingface_model_revision",
              Kind.TEXT,
              "REVISION",
              "Revision of the draft model repo."),
          new Flag(
              "draft_huggingface_weight_revision",
              Kind.TEXT,
              "REVISION",
              "Revision of the draft weights repo."));

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
    spec.addOption(
        text("--model-path", "PATH")
            .names("--model-path", "--model")
            .description("Same as MODEL.")
            .build());
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
    spec.addOption(
        text("--config-file", "FILE")
            .description("YAML or JSON settings by MAX field name; flags win over it.")
            .build());
    spec.addOption(
        text("--section-name", "NAME").description("The config file's section to read.").build());
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
