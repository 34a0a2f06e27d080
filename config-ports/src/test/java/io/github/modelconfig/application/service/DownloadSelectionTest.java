package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.DownloadQuery;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

class DownloadSelectionTest {

  private static final List<RepoFile> GGUF_REPO =
      List.of(
          RepoFile.of("README.md", 10),
          RepoFile.of("Llama-3.1-8B-Instruct-Q4_K_M.gguf", 4_920_000_000L),
          RepoFile.of("Llama-3.1-8B-Instruct-Q6_K.gguf", 6_600_000_000L),
          RepoFile.of("Llama-3.1-8B-Instruct-f32.gguf", 32_100_000_000L));

  private static List<String> paths(List<RepoFile> files) {
    return files.stream().map(RepoFile::path).toList();
  }

  @Test
  void givenAGgufRepoWithSeveralQuantizations_select_asksWhichOneInsteadOfFetchingAll() {
    var selected =
        DownloadSelection.select(
            GGUF_REPO, new DownloadQuery(RepoId.of("org/gguf"), Revision.MAIN, false));

    assertThat(selected.getError().code()).isEqualTo(ErrorCode.AMBIGUOUS_WEIGHTS);
    assertThat(selected.getError().message()).contains("3 GGUF files", "[float32, q4_k, q6_k]");
  }

  @Test
  void givenAnEncoding_select_fetchesItsGgufAndTheOtherFiles() {
    var query =
        new DownloadQuery(
            RepoId.of("org/gguf"),
            Revision.MAIN,
            false,
            Option.of(SupportedEncoding.Q6_K),
            List.of());

    assertThat(paths(DownloadSelection.select(GGUF_REPO, query).get()))
        .containsExactly("README.md", "Llama-3.1-8B-Instruct-Q6_K.gguf");
  }

  @Test
  void givenAnEncodingTheRepoLacks_select_listsWhatItHas() {
    var query =
        new DownloadQuery(
            RepoId.of("org/gguf"),
            Revision.MAIN,
            false,
            Option.of(SupportedEncoding.Q4_0),
            List.of());

    var selected = DownloadSelection.select(GGUF_REPO, query);

    assertThat(selected.getError().code()).isEqualTo(ErrorCode.NO_COMPATIBLE_WEIGHTS);
    assertThat(selected.getError().message()).contains("q4_0", "[float32, q4_k, q6_k]");
  }

  @Test
  void givenWeightPaths_select_fetchesExactlyThoseOrNamesTheMissingOne() {
    var query =
        new DownloadQuery(
            RepoId.of("org/gguf"),
            Revision.MAIN,
            false,
            Option.none(),
            List.of("Llama-3.1-8B-Instruct-f32.gguf"));
    var missing =
        new DownloadQuery(
            RepoId.of("org/gguf"), Revision.MAIN, false, Option.none(), List.of("nope.gguf"));

    assertThat(paths(DownloadSelection.select(GGUF_REPO, query).get()))
        .containsExactly("README.md", "Llama-3.1-8B-Instruct-f32.gguf");
    assertThat(DownloadSelection.select(GGUF_REPO, missing).getError().message())
        .contains("nope.gguf");
  }

  @Test
  void givenSafetensorsBesideOtherFormats_select_fetchesTheSafetensorsOnly() {
    List<RepoFile> repo =
        List.of(
            RepoFile.of("config.json", 600),
            RepoFile.of("model-00001-of-00002.safetensors", 5_000_000_000L),
            RepoFile.of("model-00002-of-00002.safetensors", 3_000_000_000L),
            RepoFile.of("pytorch_model.bin", 16_000_000_000L),
            RepoFile.of("original/consolidated.00.pth", 16_000_000_000L));

    var selected =
        DownloadSelection.select(
            repo, new DownloadQuery(RepoId.of("org/st"), Revision.MAIN, false));

    assertThat(paths(selected.get()))
        .containsExactly(
            "config.json", "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors");
  }
}
