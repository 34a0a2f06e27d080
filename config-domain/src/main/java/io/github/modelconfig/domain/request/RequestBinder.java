package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.architecture.EditDistance;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.device.DeviceSpecs;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.kvcache.KvCacheDtypes;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.rope.RopeType;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;

/**
 * Rule: turns raw settings (MAX field names in snake_case, from flags and config files) into a
 * {@link ModelConfigRequest}, reporting every bad value and unknown key at once.
 */
public final class RequestBinder {

  /** Every setting a request accepts. */
  public static final List<String> FIELDS =
      List.of(
          "model_path",
          "served_model_name",
          "weight_path",
          "quantization_encoding",
          "allow_safetensors_weights_fp32_bf6_bidirectional_cast",
          "huggingface_model_revision",
          "huggingface_weight_revision",
          "trust_remote_code",
          "devices",
          "force_download",
          "vision_config_overrides",
          "rope_type",
          "max_length",
          "max_batch_size",
          "data_parallel_degree",
          "use_subgraphs",
          "cache_strategy",
          "kv_cache_page_size",
          "enable_prefix_caching",
          "enable_kvcache_swapping_to_host",
          "host_kvcache_swap_space_gb",
          "device_memory_utilization",
          "kv_cache_format",
          "enable_lora",
          "lora_paths",
          "max_lora_rank",
          "max_num_loras");

  static final List<String> KV_CACHE_FIELDS =
      List.of(
          "cache_strategy",
          "kv_cache_page_size",
          "enable_prefix_caching",
          "enable_kvcache_swapping_to_host",
          "host_kvcache_swap_space_gb",
          "device_memory_utilization",
          "kv_cache_format");

  private RequestBinder() {}

  public static Validation<Seq<ConfigError>, ModelConfigRequest> bind(
      Map<String, RawSetting> settings) {
    SettingReader in = new SettingReader(settings);
    settings.keySet().stream().filter(k -> !FIELDS.contains(k)).forEach(k -> in.fail(unknown(k)));
    ModelConfigRequest defaults = ModelConfigRequest.of("");

    Option<String> givenPath = in.string("model_path", "model_path");
    String modelPath = givenPath.getOrElse("");
    Option<String> served = in.string("served_model_name", "served_model_name");
    List<String> weights = in.strings("weight_path", "weight_path").getOrElse(List.of());
    boolean badType = in.has("model_path") && givenPath.isEmpty();
    if (modelPath.isBlank() && weights.isEmpty() && !badType) {
      in.fail(missingModel());
    }
    Option<SupportedEncoding> encoding =
        in.choice(
            "quantization_encoding",
            "quantization_encoding",
            SupportedEncoding::parse,
            SupportedEncoding.wireNames());
    boolean cast =
        in.bool(
                "allow_safetensors_weights_fp32_bf6_bidirectional_cast",
                "allow_safetensors_weights_fp32_bf6_bidirectional_cast")
            .getOrElse(false);
    String modelRevision =
        in.string("huggingface_model_revision", "huggingface_model_revision")
            .getOrElse(ModelConfigRequest.DEFAULT_REVISION);
    String weightRevision =
        in.string("huggingface_weight_revision", "huggingface_weight_revision")
            .getOrElse(ModelConfigRequest.DEFAULT_REVISION);
    boolean trust = in.bool("trust_remote_code", "trust_remote_code").getOrElse(false);
    Option<List<DeviceSpec>> devices = devices(in);
    boolean force = in.bool("force_download", "force_download").getOrElse(false);
    Map<String, Object> vision =
        in.map("vision_config_overrides", "vision_config_overrides").getOrElse(Map.of());
    Option<RopeType> rope =
        in.choice("rope_type", "rope_type", RopeType::parse, RopeType.wireNames());
    Option<Long> maxLength =
        in.integer("max_length", "max_length", 0, "max_length must be non-negative.");
    Option<Long> maxBatch =
        in.integer("max_batch_size", "max_batch_size", 1, "Use a max_batch_size of at least 1.");
    int dp =
        in.integer(
                "data_parallel_degree",
                "data_parallel_degree",
                1,
                "Use a data_parallel_degree of at least 1.")
            .map(Long::intValue)
            .getOrElse(1);
    boolean subgraphs = in.bool("use_subgraphs", "use_subgraphs").getOrElse(true);
    KvCacheConfig kv = KvCacheBinder.bind(in);
    Option<LoraConfig> lora = LoraBinder.bind(in);

    if (!in.errors().isEmpty()) {
      return Validation.invalid(Vector.ofAll(in.errors()));
    }
    return Validation.valid(
        new ModelConfigRequest(
            modelPath,
            served,
            weights,
            encoding,
            cast,
            modelRevision,
            weightRevision,
            trust,
            devices,
            force,
            vision,
            rope,
            maxLength,
            maxBatch,
            dp,
            subgraphs,
            kv,
            lora,
            defaults.provenance().merge(in.provenance())));
  }

  private static Option<List<DeviceSpec>> devices(SettingReader in) {
    Option<String> text = in.string("devices", "devices");
    if (text.isEmpty()) {
      return Option.none();
    }
    Validation<ConfigError, Option<List<DeviceSpec>>> parsed =
        DeviceSpecs.parse("devices", text.get());
    parsed.swap().forEach(in::fail);
    return parsed.toOption().flatMap(o -> o);
  }

  /** Reference §2.2 step 4: with no weight_path, an empty model_path cannot be resolved. */
  private static ConfigError missingModel() {
    return new ConfigError(
        ErrorCode.MISSING_MODEL,
        "model_path",
        "model must be provided and must be a valid Hugging Face repository id, a local folder "
            + "or a weight file.",
        "Give a model, e.g. 'resolve meta-llama/Llama-3.1-8B-Instruct' or 'resolve ./my-model'.");
  }

  private static ConfigError unknown(String key) {
    Option<String> near = closest(key);
    return new ConfigError(
        ErrorCode.UNKNOWN_KEY,
        key,
        "'" + key + "' is not a setting; valid settings: " + String.join(", ", FIELDS) + ".",
        near.map(n -> "Did you mean '" + n + "'? Otherwise remove '" + key + "'.")
            .getOrElse("Remove '" + key + "' or correct its spelling."));
  }

  /** The setting a misspelt key most likely meant (kebab case, MAX's device_specs, typos). */
  private static Option<String> closest(String key) {
    String snake = key.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    if (snake.equals("device_specs")) {
      return Option.of("devices");
    }
    if (!snake.equals(key)
        && (FIELDS.contains(snake)
            || snake.startsWith(DraftModels.PREFIX)
                && DraftModels.isModelField(snake.substring(DraftModels.PREFIX.length())))) {
      return Option.of(snake);
    }
    return Option.ofOptional(
        FIELDS.stream()
            .filter(f -> EditDistance.between(snake, f) <= Math.max(1, f.length() / 5))
            .min(java.util.Comparator.comparingInt(f -> EditDistance.between(snake, f))));
  }

  /** Binds the KV cache fields; reported as {@code kv_cache.<name>}. */
  static final class KvCacheBinder {
    private KvCacheBinder() {}

    static KvCacheConfig bind(SettingReader in) {
      KvCacheConfig d = KvCacheConfig.defaults();
      KvCacheStrategy strategy =
          in.choice(
                  "cache_strategy",
                  "kv_cache.cache_strategy",
                  KvCacheStrategy::parse,
                  KvCacheStrategy.wireNames())
              .getOrElse(d.cacheStrategy());
      long pageSize =
          in.integer(
                  "kv_cache_page_size",
                  "kv_cache.kv_cache_page_size",
                  1,
                  "Use a page size that is a multiple of 128, such as 128 or 256.")
              .getOrElse((long) d.kvCachePageSize());
      if (pageSize % 128 != 0 || pageSize > Integer.MAX_VALUE) {
        in.fail(
            new ConfigError(
                ErrorCode.INVALID_PAGE_SIZE,
                "kv_cache.kv_cache_page_size",
                "kv_cache_page_size is "
                    + pageSize
                    + "; it must be a multiple of 128 and at least 128.",
                "Use a page size that is a multiple of 128, such as 128 or 256."));
        pageSize = d.kvCachePageSize();
      }
      boolean prefix =
          in.bool("enable_prefix_caching", "kv_cache.enable_prefix_caching")
              .getOrElse(d.enablePrefixCaching());
      boolean swapping =
          in.bool("enable_kvcache_swapping_to_host", "kv_cache.enable_kvcache_swapping_to_host")
              .getOrElse(d.enableKvcacheSwappingToHost());
      double swapGb =
          in.decimal("host_kvcache_swap_space_gb", "kv_cache.host_kvcache_swap_space_gb")
              .getOrElse(d.hostKvcacheSwapSpaceGb());
      double utilization =
          in.decimal("device_memory_utilization", "kv_cache.device_memory_utilization")
              .getOrElse(d.deviceMemoryUtilization());
      if (!(utilization > 0 && utilization <= 1)) {
        in.fail(
            new ConfigError(
                ErrorCode.OUT_OF_RANGE,
                "kv_cache.device_memory_utilization",
                "device_memory_utilization is " + utilization + "; it must be in (0, 1].",
                "Use a fraction such as 0.9 (90% of free device memory)."));
      }
      var format =
          in.choice(
              "kv_cache_format",
              "kv_cache.kv_cache_format",
              KvCacheDtypes::parseFormat,
              KvCacheDtypes.FORMAT_NAMES);
      return new KvCacheConfig(
          strategy, (int) pageSize, prefix, swapping, swapGb, utilization, format);
    }
  }

  /**
   * Binds LoRA fields; the config exists only when enable_lora is true (MAX drops them otherwise).
   */
  static final class LoraBinder {
    private LoraBinder() {}

    static Option<LoraConfig> bind(SettingReader in) {
      boolean enabled = in.bool("enable_lora", "lora.enable_lora").getOrElse(false);
      List<String> paths = in.strings("lora_paths", "lora.lora_paths").getOrElse(List.of());
      long rank =
          in.integer("max_lora_rank", "lora.max_lora_rank", 1, "Use a rank of at least 1.")
              .getOrElse((long) LoraConfig.DEFAULT_MAX_LORA_RANK);
      long count =
          in.integer("max_num_loras", "lora.max_num_loras", 1, "Use at least 1.")
              .getOrElse((long) LoraConfig.DEFAULT_MAX_NUM_LORAS);
      return enabled ? Option.of(new LoraConfig(paths, (int) rank, (int) count)) : Option.none();
    }
  }
}
