package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.encoding.GraphQuantizationEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.github.modelconfig.domain.rope.RopeType;
import io.github.modelconfig.domain.weights.WeightsFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CLI: the JSON contract of {@code resolve --json} (docs/json-output.md): every key, null when
 * unknown. The resolved values are written here; the requested values it echoes come from the field
 * table ({@link RequestJson}).
 */
final class ResolvedJson {

  private ResolvedJson() {}

  static Map<String, Object> of(ResolvedModelConfig c) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("model_path", c.modelPath());
    j.put("model_name", c.modelName());
    j.put("weights_repo_id", c.weightsRepoId().getOrNull());
    j.put("weight_path", c.weightPath());
    j.put("weights_format", c.weightsFormat().map(WeightsFormat::wireName).getOrNull());
    j.put("weights_size", c.weightsSize().getOrNull());
    j.put(
        "quantization_encoding",
        c.quantizationEncoding().map(SupportedEncoding::wireName).getOrNull());
    j.put(
        "graph_quantization_encoding",
        c.graphQuantizationEncoding().map(GraphQuantizationEncoding::wireName).getOrNull());
    j.put("dtype", c.dtype().map(DType::wireName).getOrNull());
    j.put(
        "dtype_cast",
        c.dtypeCast()
            .map(d -> map("from", d.from().wireName(), "to", d.to().wireName()))
            .getOrNull());
    j.put("rope_type", c.ropeType().map(RopeType::wireName).getOrNull());
    j.put("max_length", c.maxLength().getOrNull());
    j.put("max_batch_size", c.maxBatchSize().getOrNull());
    j.put("device_specs", c.deviceSpecs().stream().map(ResolvedJson::device).toList());
    j.put("kv_cache", kvCache(c));
    j.put("architecture", c.architecture().map(ResolvedJson::architecture).getOrNull());
    j.put("model", ModelJson.of(c));
    j.put("sampling_params_defaults", ModelJson.sampling(c.samplingParamsDefaults()));
    j.put("diffusers_config", c.diffusersConfig().map(ModelJson::diffusers).getOrNull());
    j.put("memory", c.memory().map(MemoryJson::of).getOrNull());
    j.put("provenance", ModelJson.provenance(c.provenance()));
    j.put("warnings", c.warnings().stream().map(Warning::message).toList());
    j.put("draft_model", c.draftModel().map(ResolvedJson::of).getOrNull());
    return RequestJson.echo(j, c.request());
  }

  private static Map<String, Object> kvCache(ResolvedModelConfig c) {
    KvCacheConfig k = c.kvCache().config();
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("cache_strategy", k.cacheStrategy().wireName());
    j.put("kv_cache_page_size", k.kvCachePageSize());
    j.put("enable_prefix_caching", k.enablePrefixCaching());
    j.put("enable_kvcache_swapping_to_host", k.enableKvcacheSwappingToHost());
    j.put("host_kvcache_swap_space_gb", k.hostKvcacheSwapSpaceGb());
    j.put("device_memory_utilization", k.deviceMemoryUtilization());
    j.put("kv_cache_format", k.kvCacheFormat().map(DType::wireName).getOrNull());
    j.put("cache_dtype", c.kvCache().cacheDtype().wireName());
    return j;
  }

  private static Map<String, Object> architecture(SupportedArchitecture a) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("name", a.name());
    j.put("task", a.task().wireName());
    j.put("default_encoding", a.defaultEncoding().wireName());
    j.put(
        "supported_encodings",
        a.supportedEncodings().keySet().stream().map(SupportedEncoding::wireName).toList());
    j.put("multi_gpu_supported", a.multiGpuSupported());
    j.put("rope_type", a.ropeType().wireName());
    return j;
  }

  static Map<String, Object> device(DeviceSpec spec) {
    return map("device_type", spec.deviceType().wireName(), "id", spec.id());
  }

  static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }
}
