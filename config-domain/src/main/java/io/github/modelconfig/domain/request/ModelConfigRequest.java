package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.provenance.Provenance;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.rope.RopeType;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value: a validated request to resolve a model config: one value for each field of its {@link
 * FieldTable} (MAX's {@code MAXModelConfig} fields with {@code max_length} and {@code
 * max_batch_size}), read with typed keys ({@code get(Fields.MAX_LENGTH)}) or the accessors below;
 * {@code deviceSpecs} empty means "default" (every visible GPU, else the CPU). {@code provenance}
 * says which fields the user or a config file set.
 */
public final class ModelConfigRequest {

  public static final Revision DEFAULT_REVISION = Revision.MAIN;

  private final FieldTable table;
  private final Map<String, Object> values;
  private final Provenance provenance;

  ModelConfigRequest(FieldTable table, Map<String, Object> values, Provenance provenance) {
    this.table = Objects.requireNonNull(table, "table");
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Field<?> field : table.fields()) {
      copy.put(
          field.name(), frozen(Objects.requireNonNull(values.get(field.name()), field.name())));
    }
    this.values = Collections.unmodifiableMap(copy);
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  /** MAX's defaults for the model at {@code modelPath}. */
  public static ModelConfigRequest of(String modelPath) {
    return defaults(Fields.TABLE).with(Fields.MODEL_PATH, modelPath);
  }

  /** Every field of {@code table} at its default, no provenance. */
  public static ModelConfigRequest defaults(FieldTable table) {
    Map<String, Object> values = new LinkedHashMap<>();
    table.fields().forEach(f -> values.put(f.name(), f.defaultValue()));
    return new ModelConfigRequest(table, values, Provenance.empty());
  }

  /** The fields this request has a value for. */
  public FieldTable fields() {
    return table;
  }

  /** The value of {@code field}, a field of this request's table. */
  @SuppressWarnings("unchecked")
  public <T> T get(Field<T> field) {
    if (!table.contains(field)) {
      throw new IllegalArgumentException(field + " is not a field of this request");
    }
    return (T) values.get(field.name());
  }

  /** This request with {@code field} set to {@code value} (its provenance unchanged). */
  public <T> ModelConfigRequest with(Field<T> field, T value) {
    get(field);
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(field.name(), Objects.requireNonNull(value, field.name()));
    return new ModelConfigRequest(table, copy, provenance);
  }

  public Provenance provenance() {
    return provenance;
  }

  public String modelPath() {
    return get(Fields.MODEL_PATH);
  }

  public Option<String> servedModelName() {
    return get(Fields.SERVED_MODEL_NAME);
  }

  public List<String> weightPath() {
    return get(Fields.WEIGHT_PATH);
  }

  public Option<SupportedEncoding> quantizationEncoding() {
    return get(Fields.QUANTIZATION_ENCODING);
  }

  public boolean allowSafetensorsWeightsFp32Bf16BidirectionalCast() {
    return get(Fields.ALLOW_SAFETENSORS_WEIGHTS_FP32_BF16_BIDIRECTIONAL_CAST);
  }

  public Revision huggingfaceModelRevision() {
    return get(Fields.HUGGINGFACE_MODEL_REVISION);
  }

  public Revision huggingfaceWeightRevision() {
    return get(Fields.HUGGINGFACE_WEIGHT_REVISION);
  }

  public boolean trustRemoteCode() {
    return get(Fields.TRUST_REMOTE_CODE);
  }

  public Option<List<DeviceSpec>> deviceSpecs() {
    return get(Fields.DEVICES);
  }

  public boolean forceDownload() {
    return get(Fields.FORCE_DOWNLOAD);
  }

  public Map<String, Object> visionConfigOverrides() {
    return get(Fields.VISION_CONFIG_OVERRIDES);
  }

  public Option<RopeType> ropeType() {
    return get(Fields.ROPE_TYPE);
  }

  public Option<Long> maxLength() {
    return get(Fields.MAX_LENGTH);
  }

  public Option<Long> maxBatchSize() {
    return get(Fields.MAX_BATCH_SIZE);
  }

  public int dataParallelDegree() {
    return get(Fields.DATA_PARALLEL_DEGREE);
  }

  public boolean useSubgraphs() {
    return get(Fields.USE_SUBGRAPHS);
  }

  /** The KV-cache fields as MAX's {@code KVCacheConfig}. */
  public KvCacheConfig kvCache() {
    return KvCacheFields.read(this);
  }

  /** The LoRA fields as MAX's {@code LoRAConfig}: only when {@code enable_lora} is true. */
  public Option<LoraConfig> lora() {
    return get(Fields.ENABLE_LORA)
        ? Option.of(
            new LoraConfig(
                get(Fields.LORA_PATHS), get(Fields.MAX_LORA_RANK), get(Fields.MAX_NUM_LORAS)))
        : Option.none();
  }

  /** served_model_name, else model_path. */
  public String modelName() {
    return servedModelName().getOrElse(modelPath());
  }

  /** This request with the model and weight paths that weight-path parsing (§6.1) settled on. */
  public ModelConfigRequest withPaths(String modelPath, List<String> weightPath) {
    return with(Fields.MODEL_PATH, modelPath).with(Fields.WEIGHT_PATH, List.copyOf(weightPath));
  }

  /** This request with another KV cache configuration. */
  public ModelConfigRequest withKvCache(KvCacheConfig kv) {
    return KvCacheFields.write(this, kv);
  }

  /** An unmodifiable copy of a list or mapping value, also inside an Option; others as given. */
  private static Object frozen(Object value) {
    if (value instanceof List<?> list) {
      return List.copyOf(list);
    }
    if (value instanceof Map<?, ?> map) {
      return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
    return value instanceof Option<?> option ? option.map(ModelConfigRequest::frozen) : value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelConfigRequest r
        && table == r.table
        && values.equals(r.values)
        && provenance.equals(r.provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, provenance);
  }

  @Override
  public String toString() {
    return "ModelConfigRequest" + values;
  }
}
