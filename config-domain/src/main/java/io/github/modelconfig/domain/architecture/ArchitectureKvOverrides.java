package io.github.modelconfig.domain.architecture;

import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import java.util.List;

/**
 * Rule: what an architecture forces on the KV cache settings: its {@code required_arguments}
 * ({@code enable_prefix_caching}, with a warning when it changes the user's value; reference §2.4
 * step 2) and Gemma3's page size of at least 256 (step 6).
 */
public final class ArchitectureKvOverrides {

  static final int GEMMA3_MIN_PAGE_SIZE = 256;

  private ArchitectureKvOverrides() {}

  public static KvCacheConfig apply(
      SupportedArchitecture arch, KvCacheConfig config, List<String> warnings) {
    KvCacheConfig result = config;
    Object prefix = arch.requiredArguments().get("enable_prefix_caching");
    if (prefix instanceof Boolean required && required != result.enablePrefixCaching()) {
      warnings.add(
          arch.name()
              + " requires enable_prefix_caching="
              + required
              + "; overriding the given "
              + result.enablePrefixCaching()
              + ".");
      result =
          new KvCacheConfig(
              result.cacheStrategy(),
              result.kvCachePageSize(),
              required,
              result.enableKvcacheSwappingToHost(),
              result.hostKvcacheSwapSpaceGb(),
              result.deviceMemoryUtilization(),
              result.kvCacheFormat());
    }
    if (arch.name().contains("Gemma3") && result.kvCachePageSize() < GEMMA3_MIN_PAGE_SIZE) {
      result = result.withPageSize(GEMMA3_MIN_PAGE_SIZE);
    }
    return result;
  }
}
