package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static io.github.modelconfig.domain.testdata.TestConfigs.tinyLlama;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DraftMismatchesTest {

  private static ResolvedModelConfig resolved(long vocabSize) {
    Map<String, Object> config = new LinkedHashMap<>(tinyLlama());
    config.put("vocab_size", vocabSize);
    return valid(
        new ModelConfigResolver(ArchitectureRegistry.defaults())
            .resolve(
                aRequest().build(),
                aSnapshot().withConfig(config).withSafetensors("model.safetensors", "F32").build(),
                aHost().withGpus(1).build()));
  }

  @Test
  void givenDifferentVocabularies_of_warnsThatTheDraftCannotServe() {
    assertThat(DraftMismatches.of(resolved(256), resolved(512)))
        .containsExactly(
            new Warning(
                WarningCode.DRAFT_MISMATCH,
                "The draft model's vocabulary (512 tokens) differs from the main model's (256): "
                    + "speculative decoding needs the same tokenizer."));
  }

  @Test
  void givenTheSameVocabulary_of_findsNothing() {
    assertThat(DraftMismatches.of(resolved(256), resolved(256))).isEmpty();
  }
}
