package io.github.modelconfig.domain.weights;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value: a validated GGUF header: version, metadata key-values (scalars as Long, Double, Boolean or
 * String, small arrays as lists), summaries of every array, tensor infos, alignment and where the
 * tensor data starts; big arrays such as {@code tokenizer.ggml.tokens} are only summarised.
 */
public record GgufMetadata(
    int version,
    Map<String, Object> metadata,
    Map<String, GgufArray> arrays,
    List<GgufTensor> tensors,
    long alignment,
    long headerBytes) {

  /** The default {@code general.alignment}. */
  public static final long DEFAULT_ALIGNMENT = 32;

  public GgufMetadata {
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
    tensors = List.copyOf(tensors);
    if (version < 1 || version > 3) {
      throw new IllegalArgumentException("GGUF version must be 1, 2 or 3: " + version);
    }
    if (alignment <= 0) {
      throw new IllegalArgumentException("alignment must be positive");
    }
    Objects.requireNonNull(metadata, "metadata");
  }

  public Option<String> string(String key) {
    return Option.of(metadata.get(key)).filter(String.class::isInstance).map(String.class::cast);
  }

  /** An integer value of any GGUF integer width. */
  public Option<Long> integer(String key) {
    return Option.of(metadata.get(key)).filter(Long.class::isInstance).map(Long.class::cast);
  }

  /** A float value (or an integer read as a float). */
  public Option<Double> decimal(String key) {
    Object v = metadata.get(key);
    return v instanceof Number n ? Option.of(n.doubleValue()) : Option.none();
  }

  public Option<Boolean> bool(String key) {
    return Option.of(metadata.get(key)).filter(Boolean.class::isInstance).map(Boolean.class::cast);
  }

  public Option<String> architecture() {
    return string("general.architecture");
  }

  /** {@code general.file_type}, the llama_ftype of most tensors. */
  public Option<Long> fileType() {
    return integer("general.file_type");
  }

  /** Parameter counts per ggml type name, in first-seen order. */
  public Map<String, Long> parametersByType() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (GgufTensor t : tensors) {
      counts.merge(t.typeName(), t.parameterCount(), Math::addExact);
    }
    return counts;
  }

  public long totalParameters() {
    return tensors.stream().mapToLong(GgufTensor::parameterCount).reduce(0L, Math::addExact);
  }

  /** The ggml type holding the most bytes, none for a file without tensors. */
  public Option<String> dominantType() {
    Map<String, Long> bytes = new LinkedHashMap<>();
    tensors.forEach(t -> bytes.merge(t.typeName(), t.bytes(), Long::sum));
    return Option.ofOptional(
        bytes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey));
  }

  /** The encoding by content: {@code general.file_type}, else the dominant tensor type. */
  public Option<SupportedEncoding> encoding() {
    Option<Long> fileType = fileType().filter(t -> LlamaFileType.name(t).isDefined());
    if (fileType.isDefined() && fileType.get() != LlamaFileType.GUESSED) {
      return LlamaFileType.encoding(fileType.get());
    }
    return dominantType().flatMap(LlamaFileType::encodingOfTensorType);
  }
}
