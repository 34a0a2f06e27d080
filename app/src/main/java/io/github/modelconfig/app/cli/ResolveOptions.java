package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.model.RawSetting;
import io.github.modelconfig.domain.model.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * CLI: the options of {@code resolve}, MAX's field names in kebab case. Values stay text so the
 * domain validates them all at once; only options the user typed become settings.
 */
public final class ResolveOptions {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "MODEL",
      description = "Repo id, local folder or weight file (same as --model-path).")
  String model;

  @Option(
      names = {"--model-path", "--model"},
      paramLabel = "PATH")
  String modelPath;

  @Option(names = "--served-model-name")
  String servedModelName;

  @Option(names = "--weight-path", split = ",")
  List<String> weightPath;

  @Option(names = "--quantization-encoding", paramLabel = "ENCODING")
  String quantizationEncoding;

  @Option(
      names = "--allow-safetensors-weights-fp32-bf6-bidirectional-cast",
      arity = "0..1",
      fallbackValue = "true")
  String allowCast;

  @Option(names = "--huggingface-model-revision")
  String modelRevision;

  @Option(names = "--huggingface-weight-revision")
  String weightRevision;

  @Option(names = "--trust-remote-code", arity = "0..1", fallbackValue = "true")
  String trustRemoteCode;

  @Option(names = "--devices", paramLabel = "DEVICES", description = "cpu, gpu, gpu:0,1 or default")
  String devices;

  @Option(names = "--force-download", arity = "0..1", fallbackValue = "true")
  String forceDownload;

  @Option(names = "--vision-config-overrides", paramLabel = "JSON")
  String visionConfigOverrides;

  @Option(names = "--rope-type")
  String ropeType;

  @Option(names = "--max-length")
  String maxLength;

  @Option(names = "--max-batch-size")
  String maxBatchSize;

  @Option(names = "--data-parallel-degree")
  String dataParallelDegree;

  @Option(names = "--use-subgraphs", negatable = true)
  Boolean useSubgraphs;

  @Option(names = "--cache-strategy")
  String cacheStrategy;

  @Option(names = "--kv-cache-page-size")
  String kvCachePageSize;

  @Option(names = "--enable-prefix-caching", negatable = true)
  Boolean enablePrefixCaching;

  @Option(names = "--enable-kvcache-swapping-to-host", arity = "0..1", fallbackValue = "true")
  String enableSwapping;

  @Option(names = "--host-kvcache-swap-space-gb")
  String swapSpaceGb;

  @Option(names = "--device-memory-utilization")
  String deviceMemoryUtilization;

  @Option(names = "--kv-cache-format")
  String kvCacheFormat;

  @Option(names = "--enable-lora", arity = "0..1", fallbackValue = "true")
  String enableLora;

  @Option(names = "--lora-paths", split = ",")
  List<String> loraPaths;

  @Option(names = "--max-lora-rank")
  String maxLoraRank;

  @Option(names = "--max-num-loras")
  String maxNumLoras;

  @Option(
      names = "--target",
      paramLabel = "NAME[:COUNT]",
      description = "Plan for hardware you don't have, e.g. h100-80gb:8 (replaces discovery).")
  String target;

  @Option(
      names = "--offline",
      description = "Never touch the network: resolve from local folders and the HF cache only.")
  boolean offline;

  @Option(
      names = "--draft-model-path",
      paramLabel = "PATH",
      description = "Draft model of speculative decoding (repo id, folder or weight file).")
  String draftModelPath;

  @Option(names = "--draft-weight-path", split = ",")
  List<String> draftWeightPath;

  @Option(names = "--draft-quantization-encoding", paramLabel = "ENCODING")
  String draftQuantizationEncoding;

  @Option(names = "--draft-huggingface-model-revision")
  String draftModelRevision;

  @Option(names = "--draft-huggingface-weight-revision")
  String draftWeightRevision;

  @Option(names = "--config-file", paramLabel = "FILE")
  String configFile;

  @Option(names = "--section-name")
  String sectionName;

  Optional<String> target() {
    return Optional.ofNullable(target);
  }

  Optional<String> configFile() {
    return Optional.ofNullable(configFile);
  }

  Optional<String> sectionName() {
    return Optional.ofNullable(sectionName);
  }

  /** The settings the user typed, by MAX field name. */
  Map<String, RawSetting> flagSettings() {
    Map<String, RawSetting> s = new LinkedHashMap<>();
    if (modelPath == null && model != null) {
      s.put("model_path", new RawSetting(model, Source.USER, "MODEL argument"));
    }
    put(s, "model_path", modelPath);
    put(s, "served_model_name", servedModelName);
    put(s, "weight_path", weightPath);
    put(s, "quantization_encoding", quantizationEncoding);
    put(s, "allow_safetensors_weights_fp32_bf6_bidirectional_cast", allowCast);
    put(s, "huggingface_model_revision", modelRevision);
    put(s, "huggingface_weight_revision", weightRevision);
    put(s, "trust_remote_code", trustRemoteCode);
    put(s, "devices", devices);
    put(s, "force_download", forceDownload);
    put(s, "vision_config_overrides", visionConfigOverrides);
    put(s, "rope_type", ropeType);
    put(s, "max_length", maxLength);
    put(s, "max_batch_size", maxBatchSize);
    put(s, "data_parallel_degree", dataParallelDegree);
    put(s, "use_subgraphs", useSubgraphs);
    put(s, "cache_strategy", cacheStrategy);
    put(s, "kv_cache_page_size", kvCachePageSize);
    put(s, "enable_prefix_caching", enablePrefixCaching);
    put(s, "enable_kvcache_swapping_to_host", enableSwapping);
    put(s, "host_kvcache_swap_space_gb", swapSpaceGb);
    put(s, "device_memory_utilization", deviceMemoryUtilization);
    put(s, "kv_cache_format", kvCacheFormat);
    put(s, "enable_lora", enableLora);
    put(s, "lora_paths", loraPaths);
    put(s, "max_lora_rank", maxLoraRank);
    put(s, "max_num_loras", maxNumLoras);
    put(s, "draft_model_path", draftModelPath);
    put(s, "draft_weight_path", draftWeightPath);
    put(s, "draft_quantization_encoding", draftQuantizationEncoding);
    put(s, "draft_huggingface_model_revision", draftModelRevision);
    put(s, "draft_huggingface_weight_revision", draftWeightRevision);
    return s;
  }

  private static void put(Map<String, RawSetting> settings, String field, Object value) {
    if (value != null) {
      settings.put(field, RawSetting.flag(field, value));
    }
  }
}
