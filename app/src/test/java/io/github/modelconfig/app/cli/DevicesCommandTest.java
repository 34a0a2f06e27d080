package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.IsolatedSettings;
import io.github.modelconfig.app.cli.picocli.CommandLine;
import io.github.modelconfig.application.port.in.ListDevicesUseCase;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.application.port.out.InMemoryDeviceCatalog;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code devices} against an in-memory use case: rendering, exit codes, the decided target. */
class DevicesCommandTest {

  private static final long GIB = 1L << 30;

  private Either<ResolveFailure, DeviceInventory> devices =
      Either.right(
          new DeviceInventory(
              List.of(
                  InMemoryDeviceCatalog.gpu(0, "NVIDIA H100 80GB HBM3", 80 * GIB, 70 * GIB),
                  InMemoryDeviceCatalog.cpu(64 * GIB, 32 * GIB)),
              List.of(new Warning(WarningCode.DEVICE_DISCOVERY, "rocm-smi did not answer"))));
  private Either<ResolveFailure, List<String>> targets =
      Either.right(List.of("h100-80gb", "lab-card"));

  private final ListDevicesUseCase useCase =
      new ListDevicesUseCase() {
        @Override
        public Either<ResolveFailure, DeviceInventory> devices() {
          return devices;
        }

        @Override
        public Either<ResolveFailure, List<String>> targets() {
          return targets;
        }
      };

  private CommandRun run(String... args) {
    return CommandRun.of(new DevicesCommand(() -> useCase, Terminal.plain()), args);
  }

  @Test
  void givenAGpuAndTheCpu_devicesJson_printsBytesAndTheWarnings() throws Exception {
    CommandRun run = run("--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("devices")).hasSize(2);
    assertThat(json.get("devices").get(0).get("device_type").asText()).isEqualTo("gpu");
    assertThat(json.get("devices").get(0).get("total_memory").asLong()).isEqualTo(80 * GIB);
    assertThat(json.get("devices").get(1).get("device_type").asText()).isEqualTo("cpu");
    assertThat(json.get("warnings").toString()).isEqualTo("[\"rocm-smi did not answer\"]");
  }

  @Test
  void givenAGpuAndTheCpu_devices_printsOneLineEachAndWarnsOnStderr() {
    CommandRun run = run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .hasSize(2)
        .first()
        .asString()
        .startsWith("gpu:0   NVIDIA H100 80GB HBM3")
        .contains("80.00 GiB total");
    assertThat(run.err()).isEqualTo("warning: rocm-smi did not answer\n");
  }

  @Test
  void givenAnUnknownTarget_devices_exitsTwoWithTheCatalogsMessage() {
    devices =
        Either.left(
            new ResolveFailure.Invalid(
                Vector.of(
                    new ConfigError(
                        ErrorCode.UNKNOWN_TARGET,
                        "target",
                        "unknown target 'h300'; known targets: h100-80gb.",
                        "Use --target NAME[:COUNT] with a listed name."))));

    CommandRun run = run("--target", "h300");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "modelconfig: 1 problem:\n"
                + "  - [unknown_target] target: unknown target 'h300'; known targets: h100-80gb.\n"
                + "    fix: Use --target NAME[:COUNT] with a listed name.\n");
  }

  @Test
  void givenListTargets_devicesJson_printsTheNames() {
    CommandRun run = run("--list-targets", "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"targets\" : [ \"h100-80gb\", \"lab-card\" ]");
  }

  @Test
  void givenABrokenTargetsFile_listTargets_exitsTwoNamingTheLine() {
    targets =
        Either.left(
            new ResolveFailure.Invalid(
                Vector.of(
                    new ConfigError(
                        ErrorCode.UNKNOWN_TARGET,
                        "target",
                        "targets.csv line 1: expected 'name, memory_mib', got 'lab-card, lots'.",
                        "Fix the file."))));

    CommandRun run = run("--list-targets");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("targets.csv line 1");
  }

  @Test
  void givenATarget_decide_plansForIt(@TempDir Path dir) {
    DevicesCommand command = new DevicesCommand(() -> useCase, Terminal.plain());
    new CommandLine(command).parseArgs("--target", "h100-80gb:2");

    AppSettings decided = command.decide(IsolatedSettings.of(dir, dir));

    assertThat(decided.target().get()).isEqualTo("h100-80gb:2");
  }
}
