package io.github.modelconfig.domain.architecture;

/**
 * Value: what an architecture does with {@code data_parallel_degree} (MAX's arch configs at the
 * reference commit, {@code max/python/max/pipelines/architectures/<dir>/model_config.py}).
 */
public enum DataParallel {
  /** The KV cache is built for the degree; DP and TP together are refused (most entries). */
  SUPPORTED,
  /** A degree above 1 raises an error (qwen3, olmo2: "Data parallelism is not supported"). */
  NOT_SUPPORTED,
  /** The KV cache is built without the degree (llama4, gpt_oss_legacy): a degree is not used. */
  IGNORED,
  /** The degree must equal the device count (deepseekV3_nextn). */
  MATCHES_DEVICES
}
