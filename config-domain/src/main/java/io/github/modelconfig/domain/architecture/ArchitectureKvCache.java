package io.github.modelconfig.domain.architecture;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.kvcache.KvCacheDtypes;
import io.github.modelconfig.domain.kvcache.KvCacheParams;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.kvcache.ResolvedKvCache;
import io.vavr.control.Option;
import java.util.List;

/**
 * Rule: the KV cache of a model once its encoding is known (reference §5.2-5.4): the architecture's
 * overrides, its strategy for the encoding when the requested one is not listed (a warning unless
 * model_default was asked for), the feature checks, and the cache dtype.
 */
public final class ArchitectureKvCache {

  private ArchitectureKvCache() {}

  public static Checked<ResolvedKvCache> resolve(
      SupportedArchitecture arch, KvCacheConfig requested, SupportedEncoding encoding) {
    return ArchitectureKvOverrides.apply(arch, requested)
        .flatMap(config -> strategy(arch, config, encoding))
        .flatMap(config -> features(arch, config, encoding))
        .map(
            config ->
                new ResolvedKvCache(
                    config, KvCacheDtypes.resolve(config.kvCacheFormat(), Option.of(encoding))));
  }

  private static Checked<KvCacheConfig> strategy(
      SupportedArchitecture arch, KvCacheConfig config, SupportedEncoding encoding) {
    List<KvCacheStrategy> strategies = arch.supportedEncodings().getOrDefault(encoding, List.of());
    if (strategies.isEmpty() || strategies.contains(config.cacheStrategy())) {
      return Checked.valid(config);
    }
    Checked<KvCacheConfig> replaced = Checked.valid(config.withStrategy(strategies.get(0)));
    if (config.cacheStrategy() == KvCacheStrategy.MODEL_DEFAULT) {
      return replaced;
    }
    return replaced.warn(
        List.of(
            new Warning(
                WarningCode.CACHE_STRATEGY_REPLACED,
                "cache_strategy "
                    + config.cacheStrategy().wireName()
                    + " is not supported by "
                    + arch.name()
                    + "; using "
                    + strategies.get(0).wireName()
                    + ".")));
  }

  /** With an encoding the architecture lacks, the strategy stays model_default: not the user's. */
  private static Checked<KvCacheConfig> features(
      SupportedArchitecture arch, KvCacheConfig config, SupportedEncoding encoding) {
    if (arch.hasKvCache() && arch.supports(encoding)) {
      return Checked.unless(KvCacheParams.featureErrors(config), config);
    }
    return Checked.valid(config);
  }
}
