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
 * String, small arrays as lists), summaries of every array, the totals of the tensor infos per ggml
 * type name (in first-seen order), the bytes per decoder layer ({@link GgufLayerBytes}, for
 * llama.cpp's offload plan), alignment and where the tensor data starts; big arrays such as {@code
 * tokenizer.ggml.tokens} and the tensor infos themselves are only summarised.
 */
public record GgufMetadata(
    int version,
    Map<String, Object> metadata,
    Map<String, GgufArray> arrays,
    Map<String, TensorTotals> byType,
    GgufLayerBytes layerBytes,
    long alignment,
    long headerBytes) {

  /** The default {@code general.alignment}. */
  public static final long DEFAULT_ALIGNMENT = 32;

  public GgufMetadata {
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
    byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    if (version < 1 || version > 3) {
      throw new IllegalArgumentException("GGUF version must be 1, 2 or 3: " + version);
    }
    if (alignment <= 0) {
      throw new IllegalArgumentException("alignment must be positive");
    }
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(layerBytes, "layerBytes");
  }

  /** A header without per-layer bytes (embedders' own summaries). */
  public GgufMetadata(
      int version,
      Map<String, Object> metadata,
      Map<String, GgufArray> arrays,
      Map<String, TensorTotals> byType,
      long alignment,
      long headerBytes) {
    this(version, metadata, arrays, byType, GgufLayerBytes.EMPTY, alignment, headerBytes);
  }

  /** The summary of a list of tensor infos (test data, embedders' own headers). */
  public GgufMetadata(
      int version,
      Map<String, Object> metadata,
      Map<String, GgufArray> arrays,
      List<GgufTensor> tensors,
      long alignment,
      long headerBytes) {
    this(version, metadata, arrays, totals(tensors), layers(tensors), alignment, headerBytes);
  }

  private static GgufLayerBytes layers(List<GgufTensor> tensors) {
    GgufLayerBytes.Builder layers = new GgufLayerBytes.Builder();
    tensors.forEach(t -> layers.add(t.name(), t.bytes()));
    return layers.build();
  }

  private static Map<String, TensorTotals> totals(List<GgufTensor> tensors) {
    Map<String, TensorTotals> totals = new LinkedHashMap<>();
    for (GgufTensor t : tensors) {
      totals.merge(
          t.typeName(), TensorTotals.NONE.plus(t.parameterCount(), t.bytes()), TensorTotals::plus);
    }
    return totals;
  }

  public long tensorCount() {
    return byType.values().stream().mapToLong(TensorTotals::tensors).sum();
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
    byType.forEach((type, t) -> counts.put(type, t.parameters()));
    return counts;
  }

  public long totalParameters() {
    return byType.values().stream().mapToLong(TensorTotals::parameters).reduce(0L, Math::addExact);
  }

  /** The ggml type holding the most bytes, none for a file without tensors. */
  public Option<String> dominantType() {
    return Option.ofOptional(
        byType.entrySet().stream()
            .max(
                Map.Entry.comparingByValue(java.util.Comparator.comparingLong(TensorTotals::bytes)))
            .map(Map.Entry::getKey));
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
