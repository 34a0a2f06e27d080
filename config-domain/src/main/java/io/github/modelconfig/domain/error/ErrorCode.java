package io.github.modelconfig.domain.error;

import io.vavr.control.Option;
import java.util.Locale;

/**
 * Value: every error code modelconfig reports, with its stable wire name (the JSON {@code code})
 * and its {@link Category}. One table: the CLI's exit codes and the docs derive from it.
 */
public enum ErrorCode {
  // The request
  AMBIGUOUS_WEIGHTS(Category.REQUEST),
  BATCH_LINE(Category.REQUEST),
  CAST_NEEDS_ENCODING(Category.REQUEST),
  CONFIG_FILE(Category.REQUEST),
  DATA_PARALLEL_EXCEEDS_DEVICES(Category.REQUEST),
  DATA_PARALLEL_NOT_SUPPORTED(Category.REQUEST),
  DATA_PARALLEL_WITH_TENSOR_PARALLEL(Category.REQUEST),
  DEVICES_NOT_FOUND(Category.REQUEST),
  DTYPE_CAST_UNSUPPORTED(Category.REQUEST),
  DUPLICATE_SETTING(Category.REQUEST),
  ENCODING_DEVICE_MISMATCH(Category.REQUEST),
  ENCODING_INCONSISTENT_WITH_WEIGHTS(Category.REQUEST),
  ENCODING_NOT_IN_REPO(Category.REQUEST),
  ENCODING_NOT_INFERABLE(Category.REQUEST),
  ENCODING_NOT_SUPPORTED_BY_ARCHITECTURE(Category.REQUEST),
  INVALID_CHOICE(Category.REQUEST),
  INVALID_DEVICES(Category.REQUEST),
  INVALID_PAGE_SIZE(Category.REQUEST),
  INVALID_REPO_ID(Category.REQUEST),
  INVALID_REVISION(Category.REQUEST),
  INVALID_TYPE(Category.REQUEST),
  KV_CACHE_FEATURE_CONFLICT(Category.REQUEST),
  KV_HEADS_NOT_DIVISIBLE(Category.REQUEST),
  KV_QUANTIZATION_GRANULARITY(Category.REQUEST),
  LORA_MULTI_DEVICE(Category.REQUEST),
  LORA_UNSUPPORTED_ARCHITECTURE(Category.REQUEST),
  LORA_WITH_PREFIX_CACHING(Category.REQUEST),
  MAX_LENGTH_EXCEEDS_MODEL(Category.REQUEST),
  MISSING_MODEL(Category.REQUEST),
  MIXED_WEIGHT_FORMATS(Category.REQUEST),
  MODEL_PATH_NOT_DERIVABLE(Category.REQUEST),
  MULTI_GPU_NOT_SUPPORTED(Category.REQUEST),
  NO_ENCODING_FOR_DEVICE(Category.REQUEST),
  NOT_A_WEIGHT_FILE(Category.REQUEST),
  OUT_OF_RANGE(Category.REQUEST),
  UNKNOWN_KEY(Category.REQUEST),
  UNKNOWN_TARGET(Category.REQUEST),
  INVALID_TARGET_COUNT(Category.REQUEST),
  WEIGHT_PATHS_MIXED(Category.REQUEST),
  // The model's files
  CORRUPT_FILE(Category.MODEL),
  GGUF_ENCODING_UNKNOWN(Category.MODEL),
  GPTQ_NEEDS_CONFIG(Category.MODEL),
  GPTQ_SCALES_DTYPE(Category.MODEL),
  INVALID_MODEL_CONFIG(Category.MODEL),
  INVALID_WEIGHT_MAP(Category.MODEL),
  MISSING_WEIGHT_SHARD(Category.MODEL),
  MISSING_ARCHITECTURES(Category.MODEL),
  MISSING_CONFIG(Category.MODEL),
  NO_COMPATIBLE_WEIGHTS(Category.MODEL),
  UNSUPPORTED_ARCHITECTURE(Category.MODEL),
  UNSUPPORTED_QUANTIZATION(Category.MODEL),
  // Memory
  INSUFFICIENT_KV_MEMORY(Category.FIT),
  MODEL_EXCEEDS_MEMORY(Category.FIT),
  NO_ROOM_FOR_KV_CACHE(Category.FIT),
  // Reaching the model
  WEIGHT_FILE_NOT_FOUND(Category.NOT_FOUND),
  REPO_NOT_FOUND(Category.NOT_FOUND),
  REVISION_NOT_FOUND(Category.NOT_FOUND),
  FILE_NOT_FOUND(Category.NOT_FOUND),
  UNAUTHORIZED(Category.UNAUTHORIZED),
  OFFLINE(Category.UNAVAILABLE),
  RATE_LIMITED(Category.UNAVAILABLE),
  TRANSPORT(Category.UNAVAILABLE);

  private final Category category;

  ErrorCode(Category category) {
    this.category = category;
  }

  public Category category() {
    return category;
  }

  /** The code as JSON and messages spell it, e.g. {@code invalid_page_size}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Option<ErrorCode> parse(String wireName) {
    for (ErrorCode code : values()) {
      if (code.wireName().equals(wireName)) {
        return Option.of(code);
      }
    }
    return Option.none();
  }
}
