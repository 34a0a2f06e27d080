package io.github.modelconfig.domain.kvcache;

import io.github.modelconfig.domain.encoding.DType;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Value: the KV cache settings as requested (MAX's {@code KVCacheConfig}); {@code kvCacheFormat} is
 * the already-parsed dtype override.
 */
public record KvCacheConfig(
    KvCacheStrategy cacheStrategy,
    int kvCachePageSize,
    boolean enablePrefixCaching,
    boolean enableKvcacheSwappingToHost,
    double hostKvcacheSwapSpaceGb,
    double deviceMemoryUtilization,
    Option<DType> kvCacheFormat) {

  public static final int DEFAULT_PAGE_SIZE = 128;
  public static final double DEFAULT_MEMORY_UTILIZATION = 0.9;
  public static final double DEFAULT_SWAP_SPACE_GB = 50.0;

  public KvCacheConfig {
    Objects.requireNonNull(cacheStrategy, "cacheStrategy");
    Objects.requireNonNull(kvCacheFormat, "kvCacheFormat");
  }

  /** MAX's defaults: model_default, 128-token pages, prefix caching on, 0.9 utilization. */
  public static KvCacheConfig defaults() {
    return new KvCacheConfig(
        KvCacheStrategy.MODEL_DEFAULT,
        DEFAULT_PAGE_SIZE,
        true,
        false,
        DEFAULT_SWAP_SPACE_GB,
        DEFAULT_MEMORY_UTILIZATION,
        Option.none());
  }

  public KvCacheConfig withStrategy(KvCacheStrategy strategy) {
    return new KvCacheConfig(
        strategy,
        kvCachePageSize,
        enablePrefixCaching,
        enableKvcacheSwappingToHost,
        hostKvcacheSwapSpaceGb,
        deviceMemoryUtilization,
        kvCacheFormat);
  }

  public KvCacheConfig withPageSize(int pageSize) {
    return new KvCacheConfig(
        cacheStrategy,
        pageSize,
        enablePrefixCaching,
        enableKvcacheSwappingToHost,
        hostKvcacheSwapSpaceGb,
        deviceMemoryUtilization,
        kvCacheFormat);
  }

  public KvCacheConfig withPrefixCaching(boolean enabled) {
    return new KvCacheConfig(
        cacheStrategy,
        kvCachePageSize,
        enabled,
        enableKvcacheSwappingToHost,
        hostKvcacheSwapSpaceGb,
        deviceMemoryUtilization,
        kvCacheFormat);
  }

  public KvCacheConfig withMemoryUtilization(double utilization) {
    return new KvCacheConfig(
        cacheStrategy,
        kvCachePageSize,
        enablePrefixCaching,
        enableKvcacheSwappingToHost,
        hostKvcacheSwapSpaceGb,
        utilization,
        kvCacheFormat);
  }
}
