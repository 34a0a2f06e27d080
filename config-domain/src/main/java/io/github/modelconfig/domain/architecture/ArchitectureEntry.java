package io.github.modelconfig.domain.architecture;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.kvcache.KvCacheQuantization;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.rope.RopeType;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builder: a registry entry with MAX's field defaults, for the registry data and for embedders. */
public final class ArchitectureEntry {

  private final String name;
  private final Task task;
  private final SupportedEncoding defaultEncoding;
  private final Map<SupportedEncoding, List<KvCacheStrategy>> encodings = new LinkedHashMap<>();
  private List<String> examples = List.of();
  private WeightsFormat format = WeightsFormat.SAFETENSORS;
  private RopeType rope = RopeType.NONE;
  private boolean multiGpu;
  private Map<String, Object> required = Map.of();
  private boolean emptyBatches;
  private boolean maxBatchContextLength;
  private MaxLengthRule maxLengthRule = MaxLengthRule.BOUNDED_BY_MODEL;
  private Option<Long> defaultMaxLength = Option.none();
  private DataParallel dataParallel = DataParallel.SUPPORTED;
  private Option<KvCacheQuantization> kvCacheQuantization = Option.none();

  private ArchitectureEntry(
      String name,
      Task task,
      SupportedEncoding defaultEncoding,
      List<SupportedEncoding> supported,
      List<KvCacheStrategy> strategies) {
    this.name = name;
    this.task = task;
    this.defaultEncoding = defaultEncoding;
    supported.forEach(e -> encodings.put(e, strategies));
  }

  /** A text-generation model with a paged KV cache for every encoding. */
  public static ArchitectureEntry text(
      String name, SupportedEncoding defaultEncoding, List<SupportedEncoding> supported) {
    return new ArchitectureEntry(
        name, Task.TEXT_GENERATION, defaultEncoding, supported, List.of(KvCacheStrategy.PAGED));
  }

  /** An embedding model: no KV cache, bfloat16 by default. */
  public static ArchitectureEntry embeddings(String name, List<SupportedEncoding> supported) {
    return new ArchitectureEntry(
        name, Task.EMBEDDINGS_GENERATION, SupportedEncoding.BFLOAT16, supported, List.of());
  }

  /** A diffusers pipeline in bfloat16 with a fixed sequence length. */
  public static ArchitectureEntry pixels(String name, long maxLength) {
    ArchitectureEntry entry =
        new ArchitectureEntry(
            name,
            Task.PIXEL_GENERATION,
            SupportedEncoding.BFLOAT16,
            List.of(SupportedEncoding.BFLOAT16),
            List.of());
    entry.maxLengthRule = MaxLengthRule.FIXED;
    entry.defaultMaxLength = Option.of(maxLength);
    return entry;
  }

  public ArchitectureEntry examples(String... repoIds) {
    examples = List.of(repoIds);
    return this;
  }

  public ArchitectureEntry format(WeightsFormat weightsFormat) {
    format = weightsFormat;
    return this;
  }

  public ArchitectureEntry rope(RopeType ropeType) {
    rope = ropeType;
    return this;
  }

  public ArchitectureEntry multiGpu() {
    multiGpu = true;
    return this;
  }

  public ArchitectureEntry required(Map<String, Object> arguments) {
    required = arguments;
    return this;
  }

  public ArchitectureEntry emptyBatches() {
    emptyBatches = true;
    return this;
  }

  public ArchitectureEntry maxBatchContextLength() {
    maxBatchContextLength = true;
    return this;
  }

  /** max_length is not bounded by max_position_embeddings. */
  public ArchitectureEntry unbounded() {
    maxLengthRule = MaxLengthRule.UNBOUNDED;
    return this;
  }

  /** The architecture always runs at this length, whatever the user or config says. */
  public ArchitectureEntry fixedMaxLength(long length) {
    maxLengthRule = MaxLengthRule.FIXED;
    defaultMaxLength = Option.of(length);
    return this;
  }

  /** Without a user max_length, this length (still bounded by the model). */
  public ArchitectureEntry defaultMaxLength(long length) {
    defaultMaxLength = Option.of(length);
    return this;
  }

  /** What the architecture does with data_parallel_degree (default: supported). */
  public ArchitectureEntry dataParallel(DataParallel support) {
    dataParallel = support;
    return this;
  }

  /** An FP8 KV cache stores scales this way (default: none, as MAX's to_params without one). */
  public ArchitectureEntry kvCacheQuantization(KvCacheQuantization quantization) {
    kvCacheQuantization = Option.of(quantization);
    return this;
  }

  public SupportedArchitecture build() {
    return new SupportedArchitecture(
        name,
        task,
        examples,
        defaultEncoding,
        encodings,
        format,
        rope,
        multiGpu,
        required,
        emptyBatches,
        maxBatchContextLength,
        maxLengthRule,
        defaultMaxLength,
        dataParallel,
        kvCacheQuantization);
  }
}
