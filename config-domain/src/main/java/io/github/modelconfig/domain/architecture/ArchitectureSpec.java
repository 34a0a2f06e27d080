package io.github.modelconfig.domain.architecture;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.rope.RopeType;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builder: one registry row with MAX's dataclass defaults (safetensors, RoPE none, single GPU, no
 * required arguments, max length bounded by the model), so each row states only what differs.
 */
final class ArchitectureSpec {

  private String name;
  private final Task task;
  private final SupportedEncoding defaultEncoding;
  private List<String> examples = List.of();
  private final Map<SupportedEncoding, List<KvCacheStrategy>> encodings = new LinkedHashMap<>();
  private WeightsFormat format = WeightsFormat.SAFETENSORS;
  private RopeType rope = RopeType.NONE;
  private boolean multiGpu;
  private Map<String, Object> required = Map.of();
  private boolean emptyBatches;
  private boolean maxBatchContextLength;
  private MaxLengthRule maxLengthRule = MaxLengthRule.BOUNDED_BY_MODEL;
  private Option<Long> fixedMaxLength = Option.none();

  private ArchitectureSpec(String name, Task task, SupportedEncoding defaultEncoding) {
    this.name = name;
    this.task = task;
    this.defaultEncoding = defaultEncoding;
  }

  static ArchitectureSpec of(String name, Task task, SupportedEncoding defaultEncoding) {
    return new ArchitectureSpec(name, task, defaultEncoding);
  }

  ArchitectureSpec examples(String... repoIds) {
    examples = List.of(repoIds);
    return this;
  }

  ArchitectureSpec paged(SupportedEncoding... supported) {
    for (SupportedEncoding e : supported) {
      encodings.put(e, List.of(KvCacheStrategy.PAGED));
    }
    return this;
  }

  ArchitectureSpec noKvCache(SupportedEncoding... supported) {
    for (SupportedEncoding e : supported) {
      encodings.put(e, List.of());
    }
    return this;
  }

  ArchitectureSpec format(WeightsFormat weightsFormat) {
    format = weightsFormat;
    return this;
  }

  ArchitectureSpec rope(RopeType ropeType) {
    rope = ropeType;
    return this;
  }

  ArchitectureSpec multiGpu() {
    multiGpu = true;
    return this;
  }

  ArchitectureSpec required(Map<String, Object> arguments) {
    required = arguments;
    return this;
  }

  ArchitectureSpec emptyBatches() {
    emptyBatches = true;
    return this;
  }

  ArchitectureSpec maxBatchContextLength() {
    maxBatchContextLength = true;
    return this;
  }

  ArchitectureSpec maxLength(MaxLengthRule rule) {
    maxLengthRule = rule;
    return this;
  }

  ArchitectureSpec maxLength(MaxLengthRule rule, long length) {
    maxLengthRule = rule;
    fixedMaxLength = Option.of(length);
    return this;
  }

  /** The same row under another Hugging Face name (an alias). */
  ArchitectureSpec renamed(String alias) {
    name = alias;
    return this;
  }

  SupportedArchitecture build() {
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
        fixedMaxLength);
  }
}
