package io.github.modelconfig.domain.kvcache;

import io.github.modelconfig.domain.encoding.DType;
import java.util.Objects;

/** Value: the KV cache settings after resolution, with the effective cache dtype. */
public record ResolvedKvCache(KvCacheConfig config, DType cacheDtype) {

  public ResolvedKvCache {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(cacheDtype, "cacheDtype");
  }
}
