package io.github.modelconfig.domain.error;

import java.util.Locale;

/**
 * Value: every kind of warning modelconfig gives, with its stable wire name: something was changed,
 * guessed or left out rather than refused.
 */
public enum WarningCode {
  /** The architecture changed a KV-cache setting (page size, prefix caching). */
  ARCHITECTURE_KV_OVERRIDE,
  /** The KV-cache strategy asked for is not supported; the architecture's is used. */
  CACHE_STRATEGY_REPLACED,
  /** Devices moved to fit the encoding (a CPU-only encoding on GPUs). */
  DEVICES_CHANGED_FOR_ENCODING,
  /** The architecture builds its KV cache without the data-parallel degree asked for. */
  DATA_PARALLEL_IGNORED,
  /** A device tool failed, timed out or gave a row it could not read. */
  DEVICE_DISCOVERY,
  /** A GGUF file's name and header disagree on its encoding. */
  ENCODING_NAME_MISMATCH,
  /** The architecture runs at a fixed length; the user's max_length is not used. */
  MAX_LENGTH_FIXED,
  /** The user's max_length was lowered to what the KV cache holds. */
  MAX_LENGTH_CLAMPED,
  /** The model's own max length was lowered to what the KV cache holds. */
  MAX_LENGTH_TRUNCATED,
  /** max_batch_size was capped by max_batch_input_tokens. */
  BATCH_SIZE_CAPPED,
  /** Model and KV cache come close to the devices' memory. */
  MEMORY_NEAR_LIMIT,
  /** No memory plan could be made (unknown shape, size or devices). */
  NO_MEMORY_PLAN,
  /** config.json's rope_scaling holds a value transformers warns about. */
  ROPE_SCALING_SUSPECT,
  /**
   * One architecture name serves several tasks and nothing said which (no pipeline_tag, no
   * sentence-transformers files): the first registered task was taken.
   */
  TASK_GUESSED,
  /** config.json names custom code (auto_map) and trust_remote_code is off. */
  REMOTE_CODE_NOT_TRUSTED,
  /** Prefix caching was turned off for speculative decoding. */
  DRAFT_PREFIX_CACHING_OFF,
  /** The draft model cannot serve the main one as given (vocabulary). */
  DRAFT_MISMATCH,
  /** A sharded safetensors index disagrees with its shards. */
  SHARD_INDEX_MISMATCH,
  /** A cache entry is corrupt and was skipped. */
  CORRUPT_CACHE_ENTRY,
  /** A plan's weight bytes were estimated from config.json, not read from tensor shapes. */
  WEIGHTS_ESTIMATED,
  /**
   * A plan's accounting is less certain than usual (an uncalibrated runtime rule or model kind).
   */
  PLAN_APPROXIMATE;

  /** The code as JSON spells it, e.g. {@code max_length_clamped}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
