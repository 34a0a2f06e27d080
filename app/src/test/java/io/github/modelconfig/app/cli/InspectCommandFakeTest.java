package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.WeightsReport;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.TensorInfo;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code inspect} against an in-memory use case: what it asks, rendering, exit codes. */
class InspectCommandFakeTest {

  /** One float32 file of 64 x 256 = 16,384 parameters. */
  private static final WeightsReport REPORT =
      new WeightsReport(
          "org/model",
          List.of(
              new WeightsReport.FileReport(
                  "model.safetensors",
                  WeightsFormat.SAFETENSORS,
                  Option.of(
                      new SafetensorsHeader(
                          List.of(
                              new TensorInfo(
                                  "model.embed_tokens.weight",
                                  "F32",
                                  List.of(256L, 64L),
                                  0,
                                  65536)),
                          Map.of(),
                          128)),
                  Option.none(),
                  Option.of(SupportedEncoding.FLOAT32))),
          List.of(),
          List.of(SupportedEncoding.FLOAT32),
          List.of("model.safetensors.index.json names a missing shard"));

  private final List<String> asked = new ArrayList<>();
  private Either<ResolveFailure, WeightsReport> answer = Either.right(REPORT);

  private CommandRun run(String... args) {
    return CommandRun.of(
        new InspectCommand(
                () ->
                    (target, revision) -> {
                      asked.add(target + "@" + revision);
                      return answer;
                    },
                Terminal.plain())
            .spec(),
        args);
  }

  @Test
  void givenAReport_inspect_printsFilesParametersEncodingsAndWarnings() {
    CommandRun run = run("org/model");

    assertThat(run.exitCode()).isZero();
    assertThat(asked).containsExactly("org/model@main");
    assertThat(run.out())
        .isEqualTo(
            "org/model: 1 weight file(s), safetensors, 16,384 parameters\n"
                + "  model.safetensors  16,384 params  float32\n"
                + "  encodings: float32\n"
                + "  warning: model.safetensors.index.json names a missing shard\n");
  }

  @Test
  void givenARevision_inspectJson_asksForItAndPrintsTheTotals() {
    CommandRun run = run("org/model", "--revision", "v2", "--json");

    assertThat(asked).containsExactly("org/model@v2");
    assertThat(run.out())
        .contains("\"format\" : \"safetensors\"")
        .contains("\"total_parameters\" : 16384")
        .contains("\"encoding\" : \"float32\"");
  }

  @Test
  void givenAMissingModel_inspect_exitsThreeWithTheFix() {
    answer =
        Either.left(
            new ResolveFailure.Unavailable(
                new RepositoryFailure.NotFound(
                    RepositoryFailure.Missing.REPO,
                    "Model path './nope' does not exist.",
                    "Check the path.")));

    CommandRun run = run("./nope");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo(
            "modelconfig: 1 problem:\n"
                + "  - [repo_not_found] model_path: Model path './nope' does not exist.\n"
                + "    fix: Check the path.\n");
  }

  @Test
  void givenABlankRevision_inspect_exitsTwoWithoutAskingTheUseCase() {
    CommandRun run = run("org/model", "--revision", " ");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("[invalid_revision] revision").contains("' '");
    assertThat(asked).isEmpty();
  }
}
