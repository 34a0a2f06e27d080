package io.github.modelconfig.domain.architecture;

import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import java.util.List;

/**
 * Rule: what an architecture forces on the KV cache settings: its {@code required_arguments}
 * ({@code enable_prefix_caching}, with a warning when it changes the user's value; reference §2.4
 * step 2) and Gemma3's page size of at least 256 (step 6).
 */
final class ArchitectureKvOverrides {

  static final int GEMMA3_MIN_PAGE_SIZE = 256;

  private ArchitectureKvOverrides() {}

  static Checked<KvCacheConfig> apply(SupportedArchitecture arch, KvCacheConfig config) {
    KvCacheConfig result = config;
    List<Warning> warnings = List.of();
    Object prefix = arch.requiredArguments().get("enable_prefix_caching");
    if (prefix instanceof Boolean required && required != result.enablePrefixCaching()) {
      warnings =
          List.of(
              new Warning(
                  WarningCode.ARCHITECTURE_KV_OVERRIDE,
                  arch.name()
                      + " requires enable_prefix_caching="
                      + required
                      + "; overriding the given "
                      + result.enablePrefixCaching()
                      + "."));
      result = result.withPrefixCaching(required);
    }
    if (arch.name().contains("Gemma3") && result.kvCachePageSize() < GEMMA3_MIN_PAGE_SIZE) {
      result = result.withPageSize(GEMMA3_MIN_PAGE_SIZE);
    }
    return Checked.valid(result).warn(warnings);
  }
}
