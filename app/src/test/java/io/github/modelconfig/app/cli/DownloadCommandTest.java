package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.DownloadQuery;
import io.github.modelconfig.application.port.in.DownloadReport;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code download} against an in-memory use case: the query it builds, rendering, exit codes. */
class DownloadCommandTest {

  private static final DownloadReport REPORT =
      new DownloadReport(
          RepoId.of("org/model"),
          "abc123",
          "/cache/hub/models--org--model/snapshots/abc123",
          List.of(
              new CachedFile("config.json", "/cache/blobs/c1", 0, true),
              new CachedFile("model-q4_k_m.gguf", "/cache/blobs/w1", 2_500_000, false)));

  private final List<DownloadQuery> queries = new ArrayList<>();
  private Either<ResolveFailure, DownloadReport> answer = Either.right(REPORT);

  private CommandRun run(String... args) {
    return CommandRun.of(
        new DownloadCommand(
            () ->
                (query, progress) -> {
                  queries.add(query);
                  progress.planned(2, 2_500_000);
                  progress.advanced(2_500_000);
                  return answer;
                },
            Terminal.plain()),
        args);
  }

  @Test
  void givenEncodingAndWeightPath_download_asksForThemAtTheDefaultRevision() {
    CommandRun run =
        run("org/model", "--quantization-encoding", "q4_k", "--weight-path", "a.gguf,b.gguf");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(queries)
        .containsExactly(
            new DownloadQuery(
                RepoId.of("org/model"),
                Revision.MAIN,
                false,
                Option.of(SupportedEncoding.Q4_K),
                List.of("a.gguf", "b.gguf")));
  }

  @Test
  void givenAReport_download_printsCountsAndTheSnapshot() {
    CommandRun run = run("org/model", "--revision", "v2", "--force-download");

    assertThat(queries.get(0).revision()).isEqualTo(new Revision("v2"));
    assertThat(queries.get(0).forceDownload()).isTrue();
    assertThat(run.out())
        .isEqualTo(
            "Downloaded org/model @ abc123: 2 files (1 already cached), 2.5M fetched.\n"
                + "/cache/hub/models--org--model/snapshots/abc123\n");
  }

  @Test
  void givenAReport_downloadJson_listsEveryFile() {
    CommandRun run = run("org/model", "--json");

    assertThat(run.out())
        .contains("\"repo_id\" : \"org/model\"")
        .contains("\"downloaded_bytes\" : 2500000")
        .contains("\"path\" : \"model-q4_k_m.gguf\"")
        .contains("\"reused\" : true");
  }

  @Test
  void givenAnUnknownEncoding_download_exitsTwoWithoutAskingTheUseCase() {
    CommandRun run = run("org/model", "--quantization-encoding", "q5_z");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("[invalid_choice] quantization_encoding").contains("'q5_z'");
    assertThat(queries).isEmpty();
  }

  @Test
  void givenAGatedRepo_download_exitsFourWithTheHint() {
    answer =
        Either.left(
            new ResolveFailure.Unavailable(
                new RepositoryFailure.Unauthorized(
                    "org/model is gated.", "Accept the licence and set HF_TOKEN.")));

    CommandRun run = run("org/model");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("org/model is gated.").contains("fix: Accept the licence");
  }

  @Test
  void givenAFolderOrABadRevision_download_exitsTwoNamingEachWithoutAskingTheUseCase() {
    CommandRun run = run("./a/folder", "--revision", "../x");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("[" + ErrorCode.INVALID_REPO_ID.wireName() + "] model")
        .contains("'./a/folder'")
        .contains("[" + ErrorCode.INVALID_REVISION.wireName() + "] huggingface_model_revision")
        .contains("'../x'")
        .doesNotContain("at io.github");
    assertThat(queries).isEmpty();
  }

  @Test
  void givenAOnePartRepoId_download_asksForIt() {
    CommandRun run = run("gpt2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(queries.get(0).repoId()).isEqualTo(RepoId.of("gpt2"));
  }
}
