package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static io.github.modelconfig.domain.testdata.TestConfigs.tinyLlama;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.provenance.Origin;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.quantization.EncodingChoice;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.rope.RopeType;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MAX's validate_* steps called on their own, as an embedder would. */
class MaxModelConfigStepsTest {

  private static final SupportedArchitecture LLAMA =
      ArchitectureRegistry.defaults().find("LlamaForCausalLM", Option.none()).get();
  private static final ModelSnapshot BF16_REPO =
      aSnapshot().withConfig(tinyLlama()).withSafetensors("model.safetensors", "BF16").build();

  @Test
  void givenTheCastFlagAndAMissingWeightFile_validateEncodingWeightPath_reportsBoth() {
    var result =
        MaxModelConfigSteps.validateAndResolveQuantizationEncodingWeightPath(
            aRequest()
                .with("allow_safetensors_weights_fp32_bf6_bidirectional_cast", "true")
                .with("weight_path", "missing.safetensors")
                .build(),
            BF16_REPO,
            DeviceSpec.gpu(0),
            SupportedEncoding.BFLOAT16);

    assertThat(result.getError().map(ConfigError::code))
        .containsExactly(ErrorCode.CAST_NEEDS_ENCODING, ErrorCode.WEIGHT_FILE_NOT_FOUND);
  }

  @Test
  void givenARepoWithOneEncoding_validateEncodingWeightPath_choosesItFromTheWeights() {
    var result =
        MaxModelConfigSteps.validateAndResolveQuantizationEncodingWeightPath(
            aRequest().build(), BF16_REPO, DeviceSpec.gpu(0), SupportedEncoding.FLOAT32);

    assertThat(result)
        .isEqualTo(
            Validation.valid(
                new EncodingChoice.Decision(
                    SupportedEncoding.BFLOAT16,
                    Origin.of(Source.WEIGHTS, "the only encoding in the weights"),
                    Option.none())));
  }

  @Test
  void givenQ4kOnTwoGpus_validateWithResolvedEncoding_movesToTheCpuAndPicksTheGgufFile() {
    ModelSnapshot repo =
        aSnapshot()
            .withConfig(tinyLlama())
            .withFiles("tiny-q4_k_m.gguf")
            .withSafetensors("model.safetensors", "F32")
            .build();
    var q4k =
        new EncodingChoice.Decision(
            SupportedEncoding.Q4_K,
            Origin.of(Source.USER, "--quantization-encoding"),
            Option.none());

    Checked<EncodingResolution> result =
        MaxModelConfigSteps.validateAndResolveWithResolvedQuantizationEncoding(
            aRequest().build(),
            repo,
            repo,
            LLAMA,
            q4k,
            List.of(DeviceSpec.gpu(0), DeviceSpec.gpu(1)));

    EncodingResolution resolution = valid(result.validation());
    assertThat(resolution.deviceSpecs()).containsExactly(DeviceSpec.cpu());
    assertThat(resolution.weightFiles())
        .extracting(RepoFile::path)
        .containsExactly("tiny-q4_k_m.gguf");
    assertThat(resolution.kvCache().config().cacheStrategy()).isEqualTo(KvCacheStrategy.PAGED);
    assertThat(resolution.kvCache().cacheDtype()).isEqualTo(DType.FLOAT32);
    assertThat(result.warnings())
        .extracting(w -> w.code())
        .containsExactly(WarningCode.DEVICES_CHANGED_FOR_ENCODING);
  }

  @Test
  void givenNoRopeType_validateAndResolveRopeType_takesTheArchitecturesElseTheRequests() {
    assertThat(MaxModelConfigSteps.validateAndResolveRopeType(aRequest().build(), LLAMA))
        .isEqualTo(RopeType.NORMAL);
    assertThat(
            MaxModelConfigSteps.validateAndResolveRopeType(
                aRequest().with("rope_type", "yarn").build(), LLAMA))
        .isEqualTo(RopeType.YARN);
  }

  @Test
  void givenNoModelFacts_validateMaxLength_keepsTheRequestsUnbounded() {
    assertThat(
            MaxModelConfigSteps.validateMaxLength(
                aRequest().with("max_length", "100000").build(), LLAMA, Option.none()))
        .isEqualTo(Validation.valid(Option.of(100_000L)));
  }

  @Test
  void givenModelFacts_validateMaxLength_boundsTheRequestByTheModel() {
    Option<ModelFacts> facts = ModelFacts.of(BF16_REPO.config(), Option.none());

    assertThat(
            MaxModelConfigSteps.validateMaxLength(
                    aRequest().with("max_length", "100000").build(), LLAMA, facts)
                .getError()
                .code())
        .isEqualTo(ErrorCode.MAX_LENGTH_EXCEEDS_MODEL);
    assertThat(MaxModelConfigSteps.validateMaxLength(aRequest().build(), LLAMA, facts))
        .isEqualTo(Validation.valid(Option.of(2048L)));
  }
}
