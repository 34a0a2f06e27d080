package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.IsolatedSettings;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resolve --batch -} against an in-memory use case that finds no model: what each line asks,
 * the settings each line decides, the records, the summary and the exit code.
 */
class ResolveBatchFakeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  private final List<ResolveQuery> queries = Collections.synchronizedList(new ArrayList<>());
  private final List<AppSettings> decided = Collections.synchronizedList(new ArrayList<>());

  private CommandRun batch(String stdin, String... args) {
    AppSettings process = IsolatedSettings.of(home, CliRun.ROOT);
    ResolveModelConfigUseCase notFound =
        query -> {
          queries.add(query);
          return Either.left(
              new ResolveFailure.Unavailable(
                  new RepositoryFailure.NotFound(
                      RepositoryFailure.Missing.REPO, "No " + query.request().modelPath(), "h")));
        };
    Function<UnaryOperator<AppSettings>, ResolveModelConfigUseCase> resolvers =
        decide -> {
          decided.add(decide.apply(process));
          return notFound;
        };
    ResolveCommand command =
        new ResolveCommand(
            resolvers,
            CliRun.ROOT,
            Terminal.plain(),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    return CommandRun.of(command.spec(), args);
  }

  private static List<JsonNode> records(CommandRun run) {
    return run.out()
        .lines()
        .map(
            line -> {
              try {
                return JSON.readTree(line);
              } catch (java.io.IOException e) {
                throw new UncheckedIOException(line, e);
              }
            })
        .toList();
  }

  @Test
  void givenLinesOnStdin_batch_asksEachWithTheCommandLinesOptionsUnderItsOwn() {
    CommandRun run =
        batch(
            "org/a\n# skipped\norg/b --max-length 64\n{\"model_path\": \"org/c\", \"max_length\": 32}\n",
            "--batch",
            "-",
            "--max-length",
            "128",
            "--parallel",
            "1");

    // every line found no model: one category (not found), so the batch exits as one would
    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(queries)
        .extracting(q -> q.request().modelPath() + " " + q.request().maxLength().get())
        .containsExactly("org/a 128", "org/b 64", "org/c 32");
    assertThat(records(run))
        .extracting(r -> r.get("line").asInt() + " " + r.get("reference").asText())
        .containsExactly("1 org/a", "3 org/b", "4 org/c");
    assertThat(records(run).get(0).get("errors").get(0).get("message").asText())
        .isEqualTo("No org/a");
    assertThat(run.err())
        .isEqualTo(
            "modelconfig: 3 lines: 0 resolved, 0 invalid, 3 unavailable ("
                + run.err().replaceAll("(?s).*\\((\\d+\\.\\d\\d) s\\).*", "$1")
                + " s)\n  unavailable repo_not_found: 3 lines, first line 1\n");
  }

  @Test
  void givenLinesWithTheirOwnTargetOrOffline_batch_decidesTheirSettingsOverTheCommandLines() {
    batch(
        "org/a\norg/b --target h100-80gb:2\norg/c --offline\n",
        "--batch",
        "-",
        "--target",
        "l4",
        "--parallel",
        "1");

    assertThat(decided)
        .extracting(s -> s.target().getOrElse("none") + " " + s.hub().offline())
        .containsExactly("l4 false", "h100-80gb:2 false", "l4 true");
  }

  @Test
  void givenABadLineAmongGoodOnes_batch_reportsItByNumberAndGoesOn() {
    CommandRun run =
        batch("org/a\norg/b --no-such-flag\n{\"model_path\": }\norg/d\n", "--batch", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(queries)
        .extracting(q -> q.request().modelPath())
        .containsExactlyInAnyOrder("org/a", "org/d");
    assertThat(records(run))
        .extracting(r -> r.get("line").asInt() + " " + r.get("errors").get(0).get("code").asText())
        .containsExactly("1 repo_not_found", "2 batch_line", "3 batch_line", "4 repo_not_found");
    assertThat(run.err())
        .contains("modelconfig: Line 2: Unknown option: '--no-such-flag'.\n")
        .contains("modelconfig: Line 3: not valid JSON at column 16:")
        .contains("4 lines: 0 resolved, 2 invalid, 2 unavailable");
  }

  @Test
  void givenParallelWithoutBatchOrOutOfRange_resolve_isAUsageErrorBeforeAnyLine() {
    CommandRun without = batch("", "org/a", "--parallel", "4");
    CommandRun zero = batch("org/a\n", "--batch", "-", "--parallel", "0");

    assertThat(without.exitCode()).isEqualTo(2);
    assertThat(without.err()).startsWith("modelconfig: --parallel is for --batch;");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).startsWith("modelconfig: --parallel must be between 1 and 256, not 0.");
    assertThat(queries).isEmpty();
  }

  @Test
  void givenAMissingBatchFile_resolve_saysSoAndExitsInvalid() {
    CommandRun run = batch("", "--batch", "no-such-file.txt");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("modelconfig: cannot read the batch file 'no-such-file.txt':");
    assertThat(run.out()).isEmpty();
  }
}
