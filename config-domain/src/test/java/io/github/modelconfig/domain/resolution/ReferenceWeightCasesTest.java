package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static io.github.modelconfig.domain.testdata.TestConfigs.tinyLlama;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference §10 cases 44-46 and 68 through the resolver: weight files for an encoding, paths. */
class ReferenceWeightCasesTest {

  private static Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      ModelConfigRequest request, ModelSnapshot snapshot, List<Device> host) {
    return new ModelConfigResolver(ArchitectureRegistry.defaults())
        .resolve(request, snapshot, host);
  }

  @Test
  void case44_givenGgufOnlyRepoAndQ4k_resolve_usesTheQ4kGgufFiles() {
    // Llama's default format is safetensors; the repo has none, so the GGUF files are used.
    ModelSnapshot snapshot =
        aSnapshot()
            .withConfig(tinyLlama())
            .withFiles(
                "tiny-q4_k_m-00001-of-00002.gguf",
                "tiny-q4_k_m-00002-of-00002.gguf",
                "tiny-q6_k.gguf")
            .build();

    ResolvedModelConfig resolved =
        valid(
            resolve(
                aRequest().with("quantization_encoding", "q4_k").build(),
                snapshot,
                aHost().withGpus(0).build()));

    assertThat(resolved.weightPath())
        .containsExactly("tiny-q4_k_m-00001-of-00002.gguf", "tiny-q4_k_m-00002-of-00002.gguf");
    assertThat(resolved.weightsFormat()).contains(WeightsFormat.GGUF);
    assertThat(resolved.weightsSize()).contains(2L << 20);
  }

  @Test
  void case44_givenQ4kGgufBesideFloat32Safetensors_resolve_usesTheGgufFile() {
    // MAX would take the safetensors (its files_for_encoding checks the repo's encodings, which
    // include the GGUF names), serving float32 files as q4_k; only the GGUF file holds q4_k.
    ModelSnapshot snapshot =
        aSnapshot()
            .withConfig(tinyLlama())
            .withFiles("model.safetensors", "tiny-q4_k_m.gguf")
            .withSafetensors("model.safetensors", "F32")
            .build();

    ResolvedModelConfig resolved =
        valid(
            resolve(
                aRequest().with("quantization_encoding", "q4_k").build(),
                snapshot,
                aHost().withGpus(0).build()));

    assertThat(resolved.weightPath()).containsExactly("tiny-q4_k_m.gguf");
  }

  @Test
  void case44_givenFloat32GgufBesideBfloat16Safetensors_resolve_usesTheGgufForFloat32() {
    ModelSnapshot snapshot =
        aSnapshot()
            .withConfig(tinyLlama())
            .withFiles("model.safetensors", "tiny-f32.gguf")
            .withSafetensors("model.safetensors", "BF16")
            .build();

    ResolvedModelConfig float32 =
        valid(
            resolve(
                aRequest().with("quantization_encoding", "float32").build(),
                snapshot,
                aHost().withGpus(1).build()));
    ResolvedModelConfig bfloat16 =
        valid(
            resolve(
                aRequest().with("quantization_encoding", "bfloat16").build(),
                snapshot,
                aHost().withGpus(1).build()));

    assertThat(float32.weightPath()).containsExactly("tiny-f32.gguf");
    assertThat(bfloat16.weightPath()).containsExactly("model.safetensors");
  }

  @Test
  void case44_givenAnEncodingWithoutFiles_resolve_rejects() {
    ModelSnapshot snapshot = aSnapshot().withConfig(tinyLlama()).build();

    ConfigError error =
        resolve(
                aRequest().with("quantization_encoding", "bfloat16").build(),
                snapshot,
                aHost().withGpus(1).build())
            .getError()
            .single();

    assertThat(error.code()).isEqualTo(ErrorCode.NO_COMPATIBLE_WEIGHTS);
    assertThat(error.field()).isEqualTo("weight_path");
    assertThat(error.message())
        .isEqualTo("compatible weights cannot be found for 'bfloat16' in the repo '/models/tiny'.");
  }

  @Test
  void case45_givenALocalRepoWithBoth_resolve_weightPathExcludesConsolidated() {
    ModelSnapshot snapshot =
        aSnapshot()
            .withConfig(tinyLlama())
            .withFiles("consolidated.safetensors", "model.safetensors")
            .withSafetensors("model.safetensors", "BF16")
            .withSafetensors("consolidated.safetensors", "BF16")
            .build();

    ResolvedModelConfig resolved =
        valid(resolve(aRequest().build(), snapshot, aHost().withGpus(1).build()));

    assertThat(resolved.weightPath()).containsExactly("model.safetensors");
  }

  @Test
  void case46_givenABinWeightPath_resolve_rejectsIt() {
    ModelSnapshot snapshot =
        aSnapshot()
            .withConfig(tinyLlama())
            .withFiles("model.safetensors", "w.bin")
            .withSafetensors("model.safetensors", "F32")
            .build();

    ConfigError error =
        resolve(
                aRequest().with("weight_path", "w.bin").build(),
                snapshot,
                aHost().withGpus(0).build())
            .getError()
            .single();

    assertThat(error.code()).isEqualTo(ErrorCode.NOT_A_WEIGHT_FILE);
    assertThat(error.field()).isEqualTo("weight_path");
  }

  @Test
  void case68_givenAMissingWeightFileInALocalRepo_resolve_rejects() {
    ModelSnapshot snapshot =
        aSnapshot()
            .withConfig(tinyLlama())
            .withFiles("model.safetensors")
            .withSafetensors("model.safetensors", "F32")
            .build();

    ConfigError error =
        resolve(
                aRequest().with("weight_path", "missing.safetensors").build(),
                snapshot,
                aHost().withGpus(0).build())
            .getError()
            .single();

    assertThat(error.code()).isEqualTo(ErrorCode.WEIGHT_FILE_NOT_FOUND);
    assertThat(error.message())
        .isEqualTo("weight file 'missing.safetensors' is not in '/models/tiny'.");
  }

  @Test
  void case68_givenAnExistingWeightFile_resolve_sizesIt() {
    ModelSnapshot snapshot =
        aSnapshot()
            .withConfig(tinyLlama())
            .withFiles("model.safetensors")
            .withSafetensors("model.safetensors", "F32")
            .build();

    ResolvedModelConfig resolved =
        valid(
            resolve(
                aRequest().with("weight_path", "model.safetensors").build(),
                snapshot,
                aHost().withGpus(0).build()));

    assertThat(resolved.weightsSize()).isEqualTo(Option.of(1L << 20));
  }
}
