package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.resolution.ResolveFixtures.host;
import static io.github.modelconfig.domain.resolution.ResolveFixtures.llamaConfig;
import static io.github.modelconfig.domain.resolution.ResolveFixtures.repo;
import static io.github.modelconfig.domain.resolution.ResolveFixtures.request;
import static io.github.modelconfig.domain.resolution.ResolveFixtures.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.quantization.RepoEncodings;
import io.github.modelconfig.domain.quantization.WeightFileEncoding;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.WeightFiles;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reference §10 cases 44-46 and 68: weight files for an encoding, discovery, explicit paths. */
class ReferenceWeightCasesTest {

  @Test
  void case44_givenGgufOnlyRepoAndQ4k_resolve_usesTheQ4kGgufFiles() {
    // Llama's default format is safetensors; the repo has none, so the GGUF files are used.
    ModelSnapshot snapshot =
        repo(
            llamaConfig("LlamaForCausalLM"),
            List.of(
                "tiny-q4_k_m-00001-of-00002.gguf",
                "tiny-q4_k_m-00002-of-00002.gguf",
                "tiny-q6_k.gguf"),
            Map.of());

    ResolvedModelConfig resolved =
        resolve(request("quantization_encoding", "q4_k"), snapshot, host(0)).get();

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
        repo(
            llamaConfig("LlamaForCausalLM"),
            List.of("model.safetensors", "tiny-q4_k_m.gguf"),
            Map.of("model.safetensors", "F32"));

    ResolvedModelConfig resolved =
        resolve(request("quantization_encoding", "q4_k"), snapshot, host(0)).get();

    assertThat(resolved.weightPath()).containsExactly("tiny-q4_k_m.gguf");
  }

  @Test
  void case44_givenFloat32GgufBesideBfloat16Safetensors_resolve_usesTheGgufForFloat32() {
    ModelSnapshot snapshot =
        repo(
            llamaConfig("LlamaForCausalLM"),
            List.of("model.safetensors", "tiny-f32.gguf"),
            Map.of("model.safetensors", "BF16"));

    ResolvedModelConfig float32 =
        resolve(request("quantization_encoding", "float32"), snapshot, host(1)).get();
    ResolvedModelConfig bfloat16 =
        resolve(request("quantization_encoding", "bfloat16"), snapshot, host(1)).get();

    assertThat(float32.weightPath()).containsExactly("tiny-f32.gguf");
    assertThat(bfloat16.weightPath()).containsExactly("model.safetensors");
  }

  @Test
  void case44_givenAnEncodingWithoutFiles_resolve_rejects() {
    ModelSnapshot snapshot = repo(llamaConfig("LlamaForCausalLM"), List.of(), Map.of());

    ConfigError error =
        resolve(request("quantization_encoding", "bfloat16"), snapshot, host(1))
            .getError()
            .single();

    assertThat(error.code()).isEqualTo(ErrorCode.NO_COMPATIBLE_WEIGHTS);
    assertThat(error.field()).isEqualTo("weight_path");
    assertThat(error.message())
        .isEqualTo("compatible weights cannot be found for 'bfloat16' in the repo '/models/tiny'.");
  }

  @Test
  void case45_givenModelAndConsolidatedSafetensors_byFormat_dropsConsolidated() {
    var files =
        WeightFiles.byFormat(
            List.of(
                RepoFile.of("model.safetensors", 10), RepoFile.of("consolidated.safetensors", 10)));

    assertThat(files.get(WeightsFormat.SAFETENSORS))
        .extracting(RepoFile::path)
        .containsExactly("model.safetensors");
  }

  @Test
  void case45_givenOnlyConsolidatedSafetensors_byFormat_keepsIt() {
    var files = WeightFiles.byFormat(List.of(RepoFile.of("consolidated.safetensors", 10)));

    assertThat(files.get(WeightsFormat.SAFETENSORS))
        .extracting(RepoFile::path)
        .containsExactly("consolidated.safetensors");
  }

  @Test
  void case45_givenALocalRepoWithBoth_resolve_weightPathExcludesConsolidated() {
    ModelSnapshot snapshot =
        repo(
            llamaConfig("LlamaForCausalLM"),
            List.of("consolidated.safetensors", "model.safetensors"),
            Map.of("model.safetensors", "BF16", "consolidated.safetensors", "BF16"));

    ResolvedModelConfig resolved = resolve(request(), snapshot, host(1)).get();

    assertThat(resolved.weightPath()).containsExactly("model.safetensors");
  }

  @Test
  void case46_givenABinFile_encodingForFile_rejects() {
    ModelSnapshot snapshot = repo(llamaConfig("LlamaForCausalLM"), List.of("w.bin"), Map.of());

    ConfigError error = WeightFileEncoding.of(snapshot, "w.bin", List.of()).getError();

    assertThat(error.code()).isEqualTo(ErrorCode.NOT_A_WEIGHT_FILE);
    assertThat(error.field()).isEqualTo("weight_path");
    assertThat(error.message()).isEqualTo("weight path 'w.bin' is not a gguf or safetensors file.");
  }

  @Test
  void case46_givenAGgufWithoutEncodingInItsName_encodingForFile_rejects() {
    ModelSnapshot snapshot = repo(llamaConfig("LlamaForCausalLM"), List.of("model.gguf"), Map.of());

    ConfigError error = WeightFileEncoding.of(snapshot, "model.gguf", List.of()).getError();

    assertThat(error.code()).isEqualTo(ErrorCode.GGUF_ENCODING_UNKNOWN);
    assertThat(error.message())
        .startsWith("'model.gguf' is a gguf file, but neither its header nor its name gives");
  }

  @Test
  void case46_givenKnownFiles_encodingForFile_readsNameAndHeader() {
    ModelSnapshot snapshot =
        repo(
            llamaConfig("LlamaForCausalLM"),
            List.of("tiny-q6_k.gguf", "a.safetensors", "b.safetensors"),
            Map.of("a.safetensors", "F32", "b.safetensors", "BF16"));
    List<SupportedEncoding> offered = RepoEncodings.of(snapshot);

    assertThat(WeightFileEncoding.of(snapshot, "tiny-q6_k.gguf", offered).get())
        .contains(SupportedEncoding.Q6_K);
    // By the file's own header (MAX takes the repo's first encoding for every safetensors file).
    assertThat(WeightFileEncoding.of(snapshot, "a.safetensors", offered).get())
        .contains(SupportedEncoding.FLOAT32);
    assertThat(WeightFileEncoding.of(snapshot, "b.safetensors", offered).get())
        .contains(SupportedEncoding.BFLOAT16);
  }

  @Test
  void case46_givenABinWeightPath_resolve_rejectsIt() {
    ModelSnapshot snapshot =
        repo(
            llamaConfig("LlamaForCausalLM"),
            List.of("model.safetensors", "w.bin"),
            Map.of("model.safetensors", "F32"));

    ConfigError error =
        resolve(request("weight_path", "w.bin"), snapshot, host(0)).getError().single();

    assertThat(error.code()).isEqualTo(ErrorCode.NOT_A_WEIGHT_FILE);
    assertThat(error.field()).isEqualTo("weight_path");
  }

  @Test
  void case68_givenAMissingWeightFileInALocalRepo_resolve_rejects() {
    ModelSnapshot snapshot =
        repo(
            llamaConfig("LlamaForCausalLM"),
            List.of("model.safetensors"),
            Map.of("model.safetensors", "F32"));

    ConfigError error =
        resolve(request("weight_path", "missing.safetensors"), snapshot, host(0))
            .getError()
            .single();

    assertThat(error.code()).isEqualTo(ErrorCode.WEIGHT_FILE_NOT_FOUND);
    assertThat(error.message())
        .isEqualTo("weight file 'missing.safetensors' is not in '/models/tiny'.");
  }

  @Test
  void case68_givenAnExistingWeightFile_resolve_sizesIt() {
    ModelSnapshot snapshot =
        repo(
            llamaConfig("LlamaForCausalLM"),
            List.of("model.safetensors"),
            Map.of("model.safetensors", "F32"));

    ResolvedModelConfig resolved =
        resolve(request("weight_path", "model.safetensors"), snapshot, host(0)).get();

    assertThat(resolved.weightsSize()).isEqualTo(Option.of(1L << 20));
  }
}
