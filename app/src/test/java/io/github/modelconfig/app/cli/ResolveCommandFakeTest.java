package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.IsolatedSettings;
import io.github.modelconfig.app.ModelConfigApplication;
import io.github.modelconfig.app.cli.picocli.CommandLine;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.application.port.out.InMemoryDeviceCatalog;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resolve} against an in-memory use case: the query it builds, rendering, exit codes. */
class ResolveCommandFakeTest {

  @TempDir static Path home;

  /** The answer for examples/tiny-llama on one 80 GiB GPU, as the real use case gives it. */
  private static ResolvedModelConfig tinyLlama;

  private final List<ResolveQuery> queries = new ArrayList<>();
  private Either<ResolveFailure, ResolvedModelConfig> answer;

  @BeforeAll
  static void resolveTheExampleOnce() {
    tinyLlama =
        ModelConfigApplication.builder(IsolatedSettings.of(home, CliRun.ROOT))
            .devices(InMemoryDeviceCatalog.target("test-gpu-80gb"))
            .build()
            .resolveModelConfig()
            .resolve(
                ResolveQuery.fromSettings(
                        Map.of("model_path", RawSetting.flag("model_path", "examples/tiny-llama")))
                    .get())
            .get();
  }

  private ResolveCommand command() {
    return new ResolveCommand(
        () ->
            query -> {
              queries.add(query);
              return answer;
            },
        CliRun.ROOT,
        Terminal.plain());
  }

  private CommandRun run(String... args) {
    return CommandRun.of(command().spec(), args);
  }

  @Test
  void givenAResolvedConfig_resolveJson_printsItAndAsksWithTheFlags() throws Exception {
    answer = Either.right(tinyLlama);

    CommandRun run = run("examples/tiny-llama", "--max-length", "1024", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(queries)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.request().modelPath()).isEqualTo("examples/tiny-llama");
              assertThat(q.request().maxLength().get()).isEqualTo(1024L);
            });
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("quantization_encoding").asText()).isEqualTo("float32");
    assertThat(json.get("device_specs").toString()).contains("\"gpu\"");
  }

  @Test
  void givenAResolvedConfig_resolve_printsTheSummaryOnStdoutOnly() {
    answer = Either.right(tinyLlama);

    CommandRun run = run("examples/tiny-llama");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("LlamaForCausalLM").contains("float32");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void givenAnUnknownTargetFromTheUseCase_resolveJson_printsTheErrorAndExitsTwo() throws Exception {
    answer =
        Either.left(
            new ResolveFailure.Invalid(
                Vector.of(
                    new ConfigError(
                        ErrorCode.UNKNOWN_TARGET,
                        "target",
                        "unknown target 'h300'; known targets: h100-80gb.",
                        "Use a listed name."))));

    CommandRun run = run("examples/tiny-llama", "--target", "h300", "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode error = new ObjectMapper().readTree(run.out()).get("errors").get(0);
    assertThat(error.get("code").asText()).isEqualTo("unknown_target");
    assertThat(error.get("message").asText()).startsWith("unknown target 'h300'");
  }

  @Test
  void givenAnUnreachableHub_resolve_exitsFive() {
    answer =
        Either.left(
            new ResolveFailure.Unavailable(
                new RepositoryFailure.Transport("Cannot reach the Hub.", "Check the network.")));

    CommandRun run = run("org/model");

    assertThat(run.exitCode()).isEqualTo(5);
    assertThat(run.err()).contains("Cannot reach the Hub.").contains("fix: Check the network.");
  }

  @Test
  void givenAnInvalidFlag_resolve_exitsTwoWithoutAskingTheUseCase() {
    CommandRun run = run("examples/tiny-llama", "--max-length", "-5");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("max_length");
    assertThat(queries).isEmpty();
  }

  @Test
  void givenOfflineAndATarget_decide_putsThemInTheSettings() {
    ResolveCommand command = command();
    new CommandLine(command.spec()).parseArgs("org/model", "--offline", "--target", "l4-24gb:2");

    AppSettings decided = command.decide(IsolatedSettings.of(home, CliRun.ROOT));

    assertThat(decided.hub().offline()).isTrue();
    assertThat(decided.target().get()).isEqualTo("l4-24gb:2");
  }
}
