package io.github.modelconfig.domain.model;

import static io.github.modelconfig.domain.model.ResolveFixtures.host;
import static io.github.modelconfig.domain.model.ResolveFixtures.llamaConfig;
import static io.github.modelconfig.domain.model.ResolveFixtures.repo;
import static io.github.modelconfig.domain.model.ResolveFixtures.request;
import static io.github.modelconfig.domain.model.ResolveFixtures.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
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

    assertThat(error.code()).isEqualTo("no_compatible_weights");
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

    ConfigError error = WeightPathChecks.encodingForFile(snapshot, "w.bin").getError();

    assertThat(error.code()).isEqualTo("unsupported_weight_format");
    assertThat(error.message())
        .isEqualTo("weight path: w.bin not gguf or safetensors, cannot infer encoding from file.");
  }

  @Test
  void case46_givenAGgufWithoutEncodingInItsName_encodingForFile_rejects() {
    ModelSnapshot snapshot = repo(llamaConfig("LlamaForCausalLM"), List.of("model.gguf"), Map.of());

    ConfigError error = WeightPathChecks.encodingForFile(snapshot, "model.gguf").getError();

    assertThat(error.code()).isEqualTo("unknown_weight_encoding");
    assertThat(error.message())
        .isEqualTo("gguf file, but encoding not found in file name: model.gguf.");
  }

  @Test
  void case46_givenKnownFiles_encodingForFile_readsNameAndHeader() {
    ModelSnapshot snapshot =
        repo(
            llamaConfig("LlamaForCausalLM"),
            List.of("tiny-q6_k.gguf", "a.safetensors", "b.safetensors"),
            Map.of("a.safetensors", "F32", "b.safetensors", "BF16"));

    assertThat(WeightPathChecks.encodingForFile(snapshot, "tiny-q6_k.gguf").get())
        .isEqualTo(SupportedEncoding.Q6_K);
    // By the file's own header (MAX takes the repo's first encoding for every safetensors file).
    assertThat(WeightPathChecks.encodingForFile(snapshot, "a.safetensors").get())
        .isEqualTo(SupportedEncoding.FLOAT32);
    assertThat(WeightPathChecks.encodingForFile(snapshot, "b.safetensors").get())
        .isEqualTo(SupportedEncoding.BFLOAT16);
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

    assertThat(error.code()).isEqualTo("unsupported_weight_format");
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

    assertThat(error.code()).isEqualTo("weight_file_not_found");
    assertThat(error.message())
        .isEqualTo(
            "Weight file 'missing.safetensors' not found within the local repository path "
                + "'/models/tiny'.");
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

  @Test
  void givenGgufAndSafetensorsWeightPaths_check_rejectsTheMix() {
    ModelSnapshot snapshot =
        repo(
            llamaConfig("LlamaForCausalLM"),
            List.of("model.safetensors", "tiny-q4_k_m.gguf"),
            Map.of("model.safetensors", "F32"));

    List<ConfigError> errors =
        WeightPathChecks.check(List.of("model.safetensors", "tiny-q4_k_m.gguf"), snapshot);

    assertThat(errors).extracting(ConfigError::code).containsExactly("mixed_weight_formats");
  }
}
