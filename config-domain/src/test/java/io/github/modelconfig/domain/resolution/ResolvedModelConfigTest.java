package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static io.github.modelconfig.domain.testdata.TestConfigs.tinyLlama;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.encoding.GraphQuantizationEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The resolved config's derived members: graph quantization encoding (case 72), MAX's handles. */
class ResolvedModelConfigTest {

  private static final ModelSnapshot Q4K_LLAMA =
      aSnapshot().withConfig(tinyLlama()).withFiles("tiny-q4_k_m.gguf").build();

  private static Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      ModelConfigRequest request, ModelSnapshot snapshot, List<Device> host) {
    return new ModelConfigResolver(ArchitectureRegistry.defaults())
        .resolve(request, snapshot, host);
  }

  @Test
  void case72_givenResolvedEncodings_graphQuantizationEncoding_followsTheTable() {
    ResolvedModelConfig q4k =
        valid(
            resolve(
                aRequest().with("quantization_encoding", "q4_k").build(),
                Q4K_LLAMA,
                aHost().withGpus(0).build()));
    ModelSnapshot bf16Repo =
        aSnapshot().withConfig(tinyLlama()).withSafetensors("model.safetensors", "BF16").build();
    ResolvedModelConfig bf16 =
        valid(resolve(aRequest().build(), bf16Repo, aHost().withGpus(1).build()));

    assertThat(q4k.graphQuantizationEncoding()).contains(GraphQuantizationEncoding.Q4_K);
    assertThat(bf16.quantizationEncoding()).contains(SupportedEncoding.BFLOAT16);
    assertThat(bf16.graphQuantizationEncoding()).isEmpty();
  }

  @Test
  void case72_givenNoEncoding_graphQuantizationEncoding_isEmptyInsteadOfRaising() {
    // MAX raises ValueError for a null encoding. A resolved config always has one (a null
    // encoding is a resolution error, case 34), so the Java accessor returns an empty Option for
    // a config built without one, as it does for encodings without a graph encoding (bfloat16).
    ResolvedModelConfig r =
        valid(
            resolve(
                aRequest().with("quantization_encoding", "q4_k").build(),
                Q4K_LLAMA,
                aHost().withGpus(0).build()));
    ResolvedModelConfig withoutEncoding =
        new ResolvedModelConfig(
            r.request(),
            r.modelPath(),
            r.huggingfaceModelRepo(),
            r.weightsRepoId(),
            r.weightPath(),
            r.weightsFormat(),
            r.weightsSize(),
            Option.none(),
            r.dtypeCast(),
            r.ropeType(),
            r.maxLength(),
            r.maxBatchSize(),
            r.deviceSpecs(),
            r.kvCache(),
            r.architecture(),
            r.model(),
            r.parameterCount(),
            r.samplingParamsDefaults(),
            r.diffusersConfig(),
            r.memory(),
            r.provenance(),
            r.warnings(),
            r.draftModel());

    assertThat(withoutEncoding.graphQuantizationEncoding()).isEmpty();
    assertThat(withoutEncoding.dtype()).isEmpty();
  }

  @Test
  void givenAHubRepo_resolve_keepsItsConfigsAndHandleAsMaxDoes() {
    ModelSnapshot repo =
        aSnapshot()
            .fromHub("org/tiny")
            .withConfig(tinyLlama())
            .withGenerationConfig(Map.of("temperature", 0.6, "top_k", 20))
            .withSafetensors("model.safetensors", "BF16")
            .build();

    ResolvedModelConfig resolved =
        valid(resolve(aRequest().build(), repo, aHost().withGpus(1).build()));

    assertThat(resolved.huggingfaceConfig()).isEqualTo(repo.config());
    assertThat(resolved.huggingfaceConfig().flatMap(c -> c.integer("num_hidden_layers")))
        .contains(2L);
    assertThat(resolved.generationConfig().flatMap(c -> c.integer("top_k"))).contains(20L);
    assertThat(resolved.huggingfaceModelRepo().repoId()).isEqualTo("org/tiny");
    assertThat(resolved.huggingfaceModelRepo().kind()).isEqualTo(RepoKind.HUB);
    assertThat(resolved.huggingfaceModelRepo().files())
        .extracting(RepoFile::path)
        .containsExactly("model.safetensors");
  }

  @Test
  void givenAGgufOnlyRepo_huggingfaceConfig_isNone() {
    ResolvedModelConfig resolved =
        valid(
            resolve(
                aRequest().with("quantization_encoding", "q4_k").build(),
                aSnapshot()
                    .withFiles("tiny-q4_k_m.gguf")
                    .withGguf("tiny-q4_k_m.gguf", llama())
                    .build(),
                aHost().build()));

    assertThat(resolved.huggingfaceConfig()).isEmpty();
    assertThat(resolved.generationConfig()).isEmpty();
    assertThat(resolved.architecture().map(SupportedArchitecture::name))
        .contains("LlamaForCausalLM");
  }

  @Test
  void givenMoreWarnings_withWarnings_keepsTheResolversFirst() {
    Warning clamped = new Warning(WarningCode.MAX_LENGTH_CLAMPED, "clamped");
    Warning discovery = new Warning(WarningCode.DEVICE_DISCOVERY, "nvidia-smi timed out");
    ResolvedModelConfig r =
        valid(
                resolve(
                    aRequest().with("quantization_encoding", "q4_k").build(),
                    Q4K_LLAMA,
                    aHost().build()))
            .withWarnings(List.of(clamped));

    assertThat(r.withWarnings(List.of(discovery)).warnings()).containsExactly(clamped, discovery);
  }

  private static GgufMetadata llama() {
    return new GgufMetadata(
        3,
        Map.of(
            "general.architecture", "llama",
            "llama.block_count", 2L,
            "llama.attention.head_count", 4L,
            "llama.embedding_length", 64L),
        Map.of(),
        List.of(),
        32,
        0);
  }
}
