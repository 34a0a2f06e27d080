package io.github.modelconfig.domain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reference §2.4 steps 2 and 6 (case 60): what an architecture forces on the KV cache. */
class ArchitectureKvOverridesTest {

  private static final ArchitectureRegistry REGISTRY = ArchitectureRegistry.defaults();

  private static SupportedArchitecture arch(String name) {
    return REGISTRY.find(name, Option.some(Task.TEXT_GENERATION)).get();
  }

  @ParameterizedTest(name = "case60 page {0}")
  @MethodSource("case60")
  void givenGemma3_applyOverrides_raisesPageSizeToAtLeast256(int given, int expected) {
    KvCacheConfig config = KvCacheConfig.defaults().withPageSize(given);

    Checked<KvCacheConfig> result =
        ArchitectureKvOverrides.apply(arch("Gemma3ForCausalLM"), config);

    assertThat(result.get().kvCachePageSize()).isEqualTo(expected);
    assertThat(result.warnings()).isEmpty();
  }

  static Stream<Arguments> case60() {
    return Stream.of(Arguments.of(128, 256), Arguments.of(512, 512));
  }

  @Test
  void givenRequiredPrefixCachingOff_applyOverrides_overridesWithAWarning() {
    Checked<KvCacheConfig> result =
        ArchitectureKvOverrides.apply(
            REGISTRY.find("BertModel", Option.none()).get(), KvCacheConfig.defaults());

    assertThat(result.get().enablePrefixCaching()).isFalse();
    assertThat(result.warnings())
        .containsExactly(
            new Warning(
                WarningCode.ARCHITECTURE_KV_OVERRIDE,
                "BertModel requires enable_prefix_caching=false; overriding the given true."));
  }
}
