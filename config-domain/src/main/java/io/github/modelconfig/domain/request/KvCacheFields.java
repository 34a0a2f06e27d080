package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.kvcache.KvCacheConfig;

/** Rule: the KV-cache fields of a request as one {@link KvCacheConfig}, and back. */
final class KvCacheFields {

  private KvCacheFields() {}

  static KvCacheConfig read(ModelConfigRequest r) {
    return new KvCacheConfig(
        r.get(Fields.CACHE_STRATEGY),
        r.get(Fields.KV_CACHE_PAGE_SIZE),
        r.get(Fields.ENABLE_PREFIX_CACHING),
        r.get(Fields.ENABLE_KVCACHE_SWAPPING_TO_HOST),
        r.get(Fields.HOST_KVCACHE_SWAP_SPACE_GB),
        r.get(Fields.DEVICE_MEMORY_UTILIZATION),
        r.get(Fields.KV_CACHE_FORMAT));
  }

  static ModelConfigRequest write(ModelConfigRequest r, KvCacheConfig kv) {
    return r.with(Fields.CACHE_STRATEGY, kv.cacheStrategy())
        .with(Fields.KV_CACHE_PAGE_SIZE, kv.kvCachePageSize())
        .with(Fields.ENABLE_PREFIX_CACHING, kv.enablePrefixCaching())
        .with(Fields.ENABLE_KVCACHE_SWAPPING_TO_HOST, kv.enableKvcacheSwappingToHost())
        .with(Fields.HOST_KVCACHE_SWAP_SPACE_GB, kv.hostKvcacheSwapSpaceGb())
        .with(Fields.DEVICE_MEMORY_UTILIZATION, kv.deviceMemoryUtilization())
        .with(Fields.KV_CACHE_FORMAT, kv.kvCacheFormat());
  }
}
