package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.CacheReport;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code cache scan} against an in-memory use case: the table, the JSON, exit codes. */
class CacheScanCommandTest {

  private static final CacheReport REPORT =
      new CacheReport(
          "/cache/hub",
          List.of(
              new CacheReport.Repo(
                  "org/model",
                  "model",
                  "/cache/hub/models--org--model",
                  1_500_000,
                  3,
                  List.of(new CacheReport.Revision("abc123", Set.of("main"), 3, 1_500_000)),
                  Map.of("main", "abc123"))),
          List.of("/cache/hub/models--broken: no snapshots folder"));

  private Either<RepositoryFailure, CacheReport> answer = Either.right(REPORT);

  private CommandRun run(String... args) {
    return CommandRun.of(new CacheScanCommand(() -> () -> answer), args);
  }

  @Test
  void givenOneRepo_cacheScan_printsTheTableWithHumanSizesAndTheWarnings() {
    CommandRun run = run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("org/model")
        .contains("1.5M")
        .contains("Done. 1 repo(s), 1.5M on disk in /cache/hub.")
        .contains("1 corrupted entr(y/ies) skipped:\n  /cache/hub/models--broken");
  }

  @Test
  void givenOneRepo_cacheScanJson_printsRevisionsAndWarnings() {
    CommandRun run = run("--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("\"repo_id\" : \"org/model\"")
        .contains("\"commit_hash\" : \"abc123\"")
        .contains("\"size_on_disk\" : 1500000")
        .contains("\"warnings\" : [ \"/cache/hub/models--broken: no snapshots folder\" ]");
  }

  @Test
  void givenAnUnreadableCache_cacheScan_exitsWithTheFailuresCode() {
    answer =
        Either.left(
            new RepositoryFailure.Corrupt(
                "/cache/hub", "cannot list /cache/hub", "Check the permissions of HF_HUB_CACHE."));

    CommandRun run = run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot list /cache/hub").contains("fix: Check the permissions");
  }
}
