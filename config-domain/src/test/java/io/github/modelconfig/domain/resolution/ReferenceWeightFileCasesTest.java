package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static io.github.modelconfig.domain.testdata.TestConfigs.tinyLlama;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference §10 cases 45-46: a repo's weight files by format, and the encoding of one file. */
class ReferenceWeightFileCasesTest {

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
  void case46_givenABinFile_encodingForFile_rejects() {
    ModelSnapshot snapshot = aSnapshot().withConfig(tinyLlama()).withFiles("w.bin").build();

    ConfigError error = WeightFileEncoding.of(snapshot, "w.bin", List.of()).getError();

    assertThat(error.code()).isEqualTo(ErrorCode.NOT_A_WEIGHT_FILE);
    assertThat(error.field()).isEqualTo("weight_path");
    assertThat(error.message()).isEqualTo("weight path 'w.bin' is not a gguf or safetensors file.");
  }

  @Test
  void case46_givenAGgufWithoutEncodingInItsName_encodingForFile_rejects() {
    ModelSnapshot snapshot = aSnapshot().withConfig(tinyLlama()).withFiles("model.gguf").build();

    ConfigError error = WeightFileEncoding.of(snapshot, "model.gguf", List.of()).getError();

    assertThat(error.code()).isEqualTo(ErrorCode.GGUF_ENCODING_UNKNOWN);
    assertThat(error.message())
        .startsWith("'model.gguf' is a gguf file, but neither its header nor its name gives");
  }

  @Test
  void case46_givenKnownFiles_encodingForFile_readsNameAndHeader() {
    ModelSnapshot snapshot =
        aSnapshot()
            .withConfig(tinyLlama())
            .withFiles("tiny-q6_k.gguf", "a.safetensors", "b.safetensors")
            .withSafetensors("a.safetensors", "F32")
            .withSafetensors("b.safetensors", "BF16")
            .build();
    List<SupportedEncoding> offered = RepoEncodings.of(snapshot);

    assertThat(valid(WeightFileEncoding.of(snapshot, "tiny-q6_k.gguf", offered)))
        .contains(SupportedEncoding.Q6_K);
    // By the file's own header (MAX takes the repo's first encoding for every safetensors file).
    assertThat(valid(WeightFileEncoding.of(snapshot, "a.safetensors", offered)))
        .contains(SupportedEncoding.FLOAT32);
    assertThat(valid(WeightFileEncoding.of(snapshot, "b.safetensors", offered)))
        .contains(SupportedEncoding.BFLOAT16);
  }
}
