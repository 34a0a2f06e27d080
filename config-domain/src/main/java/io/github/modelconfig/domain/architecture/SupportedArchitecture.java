package io.github.modelconfig.domain.architecture;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.kvcache.KvCacheQuantization;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.rope.RopeType;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value: one registry entry, keyed by the Hugging Face architecture name: task, encodings (each
 * with its KV cache strategies, in declaration order), weights format, RoPE type, multi-GPU
 * support, required arguments, the max-length rule, what it does with data parallelism and how it
 * quantizes an FP8 KV cache.
 */
public record SupportedArchitecture(
    String name,
    Task task,
    List<String> exampleRepoIds,
    SupportedEncoding defaultEncoding,
    Map<SupportedEncoding, List<KvCacheStrategy>> supportedEncodings,
    WeightsFormat defaultWeightsFormat,
    RopeType ropeType,
    boolean multiGpuSupported,
    Map<String, Object> requiredArguments,
    boolean supportsEmptyBatches,
    boolean requiresMaxBatchContextLength,
    MaxLengthRule maxLengthRule,
    Option<Long> defaultMaxLength,
    DataParallel dataParallel,
    Option<KvCacheQuantization> kvCacheQuantization) {

  public SupportedArchitecture {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(task, "task");
    exampleRepoIds = List.copyOf(exampleRepoIds);
    Objects.requireNonNull(defaultEncoding, "defaultEncoding");
    Map<SupportedEncoding, List<KvCacheStrategy>> encodings = new LinkedHashMap<>();
    supportedEncodings.forEach((e, s) -> encodings.put(e, List.copyOf(s)));
    supportedEncodings = Collections.unmodifiableMap(encodings);
    Objects.requireNonNull(defaultWeightsFormat, "defaultWeightsFormat");
    Objects.requireNonNull(ropeType, "ropeType");
    requiredArguments = Collections.unmodifiableMap(new LinkedHashMap<>(requiredArguments));
    Objects.requireNonNull(maxLengthRule, "maxLengthRule");
    Objects.requireNonNull(defaultMaxLength, "defaultMaxLength");
    if (maxLengthRule == MaxLengthRule.FIXED && defaultMaxLength.isEmpty()) {
      throw new IllegalArgumentException(name + ": a FIXED max-length rule needs defaultMaxLength");
    }
    Objects.requireNonNull(dataParallel, "dataParallel");
    Objects.requireNonNull(kvCacheQuantization, "kvCacheQuantization");
  }

  /** An entry that takes data parallelism and keeps an FP8 KV cache without scales. */
  public SupportedArchitecture(
      String name,
      Task task,
      List<String> exampleRepoIds,
      SupportedEncoding defaultEncoding,
      Map<SupportedEncoding, List<KvCacheStrategy>> supportedEncodings,
      WeightsFormat defaultWeightsFormat,
      RopeType ropeType,
      boolean multiGpuSupported,
      Map<String, Object> requiredArguments,
      boolean supportsEmptyBatches,
      boolean requiresMaxBatchContextLength,
      MaxLengthRule maxLengthRule,
      Option<Long> defaultMaxLength) {
    this(
        name,
        task,
        exampleRepoIds,
        defaultEncoding,
        supportedEncodings,
        defaultWeightsFormat,
        ropeType,
        multiGpuSupported,
        requiredArguments,
        supportsEmptyBatches,
        requiresMaxBatchContextLength,
        maxLengthRule,
        defaultMaxLength,
        DataParallel.SUPPORTED,
        Option.none());
  }

  /** True when some encoding lists a KV cache strategy (embedding and pixel models have none). */
  public boolean hasKvCache() {
    return supportedEncodings.values().stream().anyMatch(s -> !s.isEmpty());
  }

  public boolean supports(SupportedEncoding encoding) {
    return supportedEncodings.containsKey(encoding);
  }
}
