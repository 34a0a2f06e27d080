package io.github.modelconfig.domain.architecture;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
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
 * support, required arguments and the max-length rule.
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
    Option<Long> fixedMaxLength) {

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
    Objects.requireNonNull(fixedMaxLength, "fixedMaxLength");
    if ((maxLengthRule == MaxLengthRule.FIXED
            || maxLengthRule == MaxLengthRule.DEFAULT_UNLESS_GIVEN)
        && fixedMaxLength.isEmpty()) {
      throw new IllegalArgumentException(
          name + ": a " + maxLengthRule + " max-length rule needs fixedMaxLength");
    }
  }

  /** True when some encoding lists a KV cache strategy (embedding and pixel models have none). */
  public boolean hasKvCache() {
    return supportedEncodings.values().stream().anyMatch(s -> !s.isEmpty());
  }

  public boolean supports(SupportedEncoding encoding) {
    return supportedEncodings.containsKey(encoding);
  }
}
