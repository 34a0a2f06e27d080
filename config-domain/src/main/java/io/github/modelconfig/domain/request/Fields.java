package io.github.modelconfig.domain.request;

import static io.github.modelconfig.domain.request.CliKind.LIST;
import static io.github.modelconfig.domain.request.CliKind.NEGATABLE;
import static io.github.modelconfig.domain.request.CliKind.OPTIONAL_TRUE;
import static io.github.modelconfig.domain.request.CliKind.TEXT;

import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.kvcache.KvCacheDtypes;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.rope.RopeType;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;

/**
 * Value: the one table of request fields, MAX's {@code MAXModelConfig} (with {@code max_length},
 * {@code max_batch_size}, {@code KVCacheConfig} and {@code LoRAConfig}) in MAX's order. The binder,
 * the {@code resolve} options, config-file keys, the JSON echo and the draft's settings derive from
 * {@link #TABLE}; a new field is one entry here (and its rule).
 */
public final class Fields {

  public static final Field<String> MODEL_PATH =
      Field.of("model_path", Rules.text(), "")
          .cli(TEXT, "PATH", "Same as MODEL.")
          .cliAlias("--model")
          .draft("Draft model of speculative decoding (repo id, folder or weight file).");
  public static final Field<Option<String>> SERVED_MODEL_NAME =
      Field.optional("served_model_name", Rules.text())
          .cli(TEXT, "NAME", "Name to serve the model under.")
          .json("model_name")
          .draft();
  public static final Field<List<String>> WEIGHT_PATH =
      Field.of("weight_path", Rules.texts(), List.<String>of())
          .cli(LIST, "FILE", "Weight files: of the model, local, or org/repo/file of another repo.")
          .draft("The draft model's weight files.");
  public static final Field<Option<SupportedEncoding>> QUANTIZATION_ENCODING =
      Field.optional(
              "quantization_encoding",
              Rules.choice(
                  SupportedEncoding::parse,
                  SupportedEncoding.wireNames(),
                  SupportedEncoding::wireName))
          .cli(
              TEXT,
              "ENCODING",
              "float32, bfloat16, float16, q4_k, q4_0, q6_k, float8_e4m3fn, float4_e2m1fnx2, gptq.")
          .draft("The draft model's encoding.");
  public static final Field<Boolean> ALLOW_SAFETENSORS_WEIGHTS_FP32_BF16_BIDIRECTIONAL_CAST =
      Field.of("allow_safetensors_weights_fp32_bf6_bidirectional_cast", Rules.bool(), false)
          .cli(
              OPTIONAL_TRUE,
              "BOOL",
              "Allow casting float32 <-> bfloat16 safetensors weights at load.")
          .json("huggingface_weight_revision")
          .draft();
  public static final Field<Revision> HUGGINGFACE_MODEL_REVISION =
      Field.of(
              "huggingface_model_revision",
              RequestRules.revision(),
              ModelConfigRequest.DEFAULT_REVISION)
          .cli(TEXT, "REVISION", "Branch, tag or commit of the model repo (default main).")
          .cliAlias("--revision")
          .json("force_download")
          .draft("Revision of the draft model repo.");
  public static final Field<Revision> HUGGINGFACE_WEIGHT_REVISION =
      Field.of(
              "huggingface_weight_revision",
              RequestRules.revision(),
              ModelConfigRequest.DEFAULT_REVISION)
          .cli(TEXT, "REVISION", "Branch, tag or commit of the weights repo (default main).")
          .json("huggingface_model_revision")
          .draft("Revision of the draft weights repo.");
  public static final Field<Boolean> TRUST_REMOTE_CODE =
      Field.of("trust_remote_code", Rules.bool(), false)
          .cli(OPTIONAL_TRUE, "BOOL", "Passed on to engines; modelconfig never runs repo code.")
          .json("use_subgraphs")
          .draft();

  /** MAX's field is {@code device_specs}, its option {@code --devices}: both spellings work. */
  public static final Field<Option<List<DeviceSpec>>> DEVICES =
      Field.of("devices", RequestRules.devices(), Option.<List<DeviceSpec>>none())
          .alias("device_specs")
          .cli(TEXT, "DEVICES", "cpu, gpu, gpu:0,1 or default")
          .draft();

  public static final Field<Boolean> FORCE_DOWNLOAD =
      Field.of("force_download", Rules.bool(), false)
          .cli(OPTIONAL_TRUE, "BOOL", "Passed on; resolve reads metadata only.")
          .json("trust_remote_code")
          .draft();
  public static final Field<Map<String, Object>> VISION_CONFIG_OVERRIDES =
      Field.of("vision_config_overrides", Rules.mapping(), Map.<String, Object>of())
          .cli(TEXT, "JSON", "Overrides for a vision config (JSON).")
          .json("allow_safetensors_weights_fp32_bf6_bidirectional_cast")
          .draft();
  public static final Field<Option<RopeType>> ROPE_TYPE =
      Field.optional(
              "rope_type", Rules.choice(RopeType::parse, RopeType.wireNames(), RopeType::wireName))
          .cli(TEXT, "TYPE", "none, normal, neox, longrope or yarn.")
          .draft();
  public static final Field<Option<Long>> MAX_LENGTH =
      Field.optional("max_length", Rules.wholeNumber(0, "max_length must be non-negative."))
          .cli(TEXT, "TOKENS", "Max sequence length (default: the model's).")
          .draft();
  public static final Field<Option<Long>> MAX_BATCH_SIZE =
      Field.optional("max_batch_size", Rules.wholeNumber(1, "Use a max_batch_size of at least 1."))
          .cli(TEXT, "N", "Max requests per batch (default: planned).")
          .draft();
  public static final Field<Integer> DATA_PARALLEL_DEGREE =
      Field.of(
              "data_parallel_degree",
              Rules.count(1, "Use a data_parallel_degree of at least 1."),
              1)
          .cli(TEXT, "N", "Replicas across the devices (default 1).")
          .json("device_specs")
          .draft();
  public static final Field<Boolean> USE_SUBGRAPHS =
      Field.of("use_subgraphs", Rules.bool(), true)
          .cli(NEGATABLE, "Build the graph from subgraphs.")
          .json("data_parallel_degree")
          .draft();
  public static final Field<KvCacheStrategy> CACHE_STRATEGY =
      Field.of("cache_strategy", RequestRules.strategy(), KvCacheStrategy.MODEL_DEFAULT)
          .in(Section.KV_CACHE)
          .cli(TEXT, "STRATEGY", "model_default or paged.")
          .draftInherits();
  public static final Field<Integer> KV_CACHE_PAGE_SIZE =
      Field.of("kv_cache_page_size", RequestRules.pageSize(), KvCacheConfig.DEFAULT_PAGE_SIZE)
          .in(Section.KV_CACHE)
          .cli(TEXT, "TOKENS", "Tokens per KV-cache page, a multiple of 128 (default 128).")
          .draftInherits();
  public static final Field<Boolean> ENABLE_PREFIX_CACHING =
      Field.of("enable_prefix_caching", Rules.bool(), true)
          .in(Section.KV_CACHE)
          .cli(NEGATABLE, "Reuse cached prefixes (default on; paged only).")
          .draftInherits();
  public static final Field<Boolean> ENABLE_KVCACHE_SWAPPING_TO_HOST =
      Field.of("enable_kvcache_swapping_to_host", Rules.bool(), false)
          .in(Section.KV_CACHE)
          .cli(OPTIONAL_TRUE, "BOOL", "Swap KV pages to host memory (paged, prefix caching).")
          .draftInherits();
  public static final Field<Double> HOST_KVCACHE_SWAP_SPACE_GB =
      Field.of("host_kvcache_swap_space_gb", Rules.number(), KvCacheConfig.DEFAULT_SWAP_SPACE_GB)
          .in(Section.KV_CACHE)
          .cli(TEXT, "GIB", "Host memory for swapped pages (default 50).")
          .draftInherits();
  public static final Field<Double> DEVICE_MEMORY_UTILIZATION =
      Field.of(
              "device_memory_utilization",
              RequestRules.memoryUtilization(),
              KvCacheConfig.DEFAULT_MEMORY_UTILIZATION)
          .in(Section.KV_CACHE)
          .cli(TEXT, "FRACTION", "Share of free device memory to use, in (0, 1] (default 0.9).")
          .draftInherits();
  public static final Field<Option<DType>> KV_CACHE_FORMAT =
      Field.optional(
              "kv_cache_format",
              Rules.choice(KvCacheDtypes::parseFormat, KvCacheDtypes.FORMAT_NAMES, DType::wireName))
          .in(Section.KV_CACHE)
          .cli(TEXT, "DTYPE", "KV-cache dtype override: float32, bfloat16 or float8_e4m3fn.")
          .draftInherits();
  public static final Field<Boolean> ENABLE_LORA =
      Field.of("enable_lora", Rules.bool(), false)
          .in(Section.LORA)
          .cli(OPTIONAL_TRUE, "BOOL", "Serve LoRA adapters.")
          .json();
  public static final Field<List<String>> LORA_PATHS =
      Field.of("lora_paths", Rules.texts(), List.<String>of())
          .in(Section.LORA)
          .cli(LIST, "PATH", "LoRA adapters to load.")
          .json();
  public static final Field<Integer> MAX_LORA_RANK =
      Field.of("max_lora_rank", Rules.count(1, "Use a rank of at least 1."), 16)
          .in(Section.LORA)
          .cli(TEXT, "N", "Largest LoRA rank (default 16).")
          .json();
  public static final Field<Integer> MAX_NUM_LORAS =
      Field.of("max_num_loras", Rules.count(1, "Use at least 1."), 1)
          .in(Section.LORA)
          .cli(TEXT, "N", "LoRA adapters at once (default 1).")
          .json();

  /** Every field of a request and the checks across them. */
  public static final FieldTable TABLE =
      FieldTable.of(
          List.of(
              MODEL_PATH,
              SERVED_MODEL_NAME,
              WEIGHT_PATH,
              QUANTIZATION_ENCODING,
              ALLOW_SAFETENSORS_WEIGHTS_FP32_BF16_BIDIRECTIONAL_CAST,
              HUGGINGFACE_MODEL_REVISION,
              HUGGINGFACE_WEIGHT_REVISION,
              TRUST_REMOTE_CODE,
              DEVICES,
              FORCE_DOWNLOAD,
              VISION_CONFIG_OVERRIDES,
              ROPE_TYPE,
              MAX_LENGTH,
              MAX_BATCH_SIZE,
              DATA_PARALLEL_DEGREE,
              USE_SUBGRAPHS,
              CACHE_STRATEGY,
              KV_CACHE_PAGE_SIZE,
              ENABLE_PREFIX_CACHING,
              ENABLE_KVCACHE_SWAPPING_TO_HOST,
              HOST_KVCACHE_SWAP_SPACE_GB,
              DEVICE_MEMORY_UTILIZATION,
              KV_CACHE_FORMAT,
              ENABLE_LORA,
              LORA_PATHS,
              MAX_LORA_RANK,
              MAX_NUM_LORAS),
          List.of(RequestRules.modelGiven()));

  private Fields() {}
}
