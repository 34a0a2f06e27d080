package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.provenance.Provenance;
import io.github.modelconfig.domain.rope.RopeType;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value: a validated request to resolve a model config, MAX's {@code MAXModelConfig} fields with
 * {@code max_length} and {@code max_batch_size}; {@code deviceSpecs} empty means "default" (every
 * visible GPU, else the CPU). {@code provenance} says which fields the user or a config file set.
 */
public record ModelConfigRequest(
    String modelPath,
    Option<String> servedModelName,
    List<String> weightPath,
    Option<SupportedEncoding> quantizationEncoding,
    boolean allowSafetensorsWeightsFp32Bf16BidirectionalCast,
    String huggingfaceModelRevision,
    String huggingfaceWeightRevision,
    boolean trustRemoteCode,
    Option<List<DeviceSpec>> deviceSpecs,
    boolean forceDownload,
    Map<String, Object> visionConfigOverrides,
    Option<RopeType> ropeType,
    Option<Long> maxLength,
    Option<Long> maxBatchSize,
    int dataParallelDegree,
    boolean useSubgraphs,
    KvCacheConfig kvCache,
    Option<LoraConfig> lora,
    Provenance provenance) {

  public static final String DEFAULT_REVISION = "main";

  public ModelConfigRequest {
    Objects.requireNonNull(modelPath, "modelPath");
    Objects.requireNonNull(servedModelName, "servedModelName");
    weightPath = List.copyOf(weightPath);
    Objects.requireNonNull(quantizationEncoding, "quantizationEncoding");
    Objects.requireNonNull(huggingfaceModelRevision, "huggingfaceModelRevision");
    Objects.requireNonNull(huggingfaceWeightRevision, "huggingfaceWeightRevision");
    deviceSpecs = Objects.requireNonNull(deviceSpecs, "deviceSpecs").map(List::copyOf);
    visionConfigOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(visionConfigOverrides));
    Objects.requireNonNull(ropeType, "ropeType");
    Objects.requireNonNull(maxLength, "maxLength");
    Objects.requireNonNull(maxBatchSize, "maxBatchSize");
    Objects.requireNonNull(kvCache, "kvCache");
    Objects.requireNonNull(lora, "lora");
    Objects.requireNonNull(provenance, "provenance");
  }

  /** MAX's defaults for the model at {@code modelPath}. */
  public static ModelConfigRequest of(String modelPath) {
    return new ModelConfigRequest(
        modelPath,
        Option.none(),
        List.of(),
        Option.none(),
        false,
        DEFAULT_REVISION,
        DEFAULT_REVISION,
        false,
        Option.none(),
        false,
        Map.of(),
        Option.none(),
        Option.none(),
        Option.none(),
        1,
        true,
        KvCacheConfig.defaults(),
        Option.none(),
        Provenance.empty());
  }

  /** This request with the model and weight paths that weight-path parsing (§6.1) settled on. */
  public ModelConfigRequest withPaths(String modelPath, List<String> weightPath) {
    return with(modelPath, weightPath, kvCache);
  }

  /** This request with another KV cache configuration. */
  public ModelConfigRequest withKvCache(KvCacheConfig kv) {
    return with(modelPath, weightPath, kv);
  }

  private ModelConfigRequest with(String model, List<String> weights, KvCacheConfig kv) {
    return new ModelConfigRequest(
        model,
        servedModelName,
        weights,
        quantizationEncoding,
        allowSafetensorsWeightsFp32Bf16BidirectionalCast,
        huggingfaceModelRevision,
        huggingfaceWeightRevision,
        trustRemoteCode,
        deviceSpecs,
        forceDownload,
        visionConfigOverrides,
        ropeType,
        maxLength,
        maxBatchSize,
        dataParallelDegree,
        useSubgraphs,
        kv,
        lora,
        provenance);
  }

  /** served_model_name, else model_path. */
  public String modelName() {
    return servedModelName.getOrElse(modelPath);
  }
}
