package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.IsolatedSettings;
import io.github.modelconfig.app.ModelConfigApplication;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI parses, lets the command decide the settings, then builds the application once. */
class CliWiringTest {

  @TempDir Path home;
  private final List<AppSettings> built = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    int code =
        Cli.run(
            args,
            IsolatedSettings.of(home, CliRun.ROOT),
            settings -> {
              built.add(settings);
              return ModelConfigApplication.create(settings);
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Terminal.plain());
    JsonOutputs.check(out.toString());
    return code;
  }

  @Test
  void givenResolveOfflineOnATarget_run_buildsTheApplicationOnceWithBoth() {
    int code = run("resolve", "examples/tiny-llama", "--offline", "--target", "h100-80gb:2");

    assertThat(code).as(err.toString()).isZero();
    assertThat(built)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.hub().offline()).isTrue();
              assertThat(s.target().get()).isEqualTo("h100-80gb:2");
            });
    assertThat(out.toString()).contains("2x h100-80gb");
  }

  @Test
  void givenDevicesOnATarget_run_listsTheTargetsGpus() {
    int code = run("devices", "--target", "a100-40gb:2");

    assertThat(code).as(err.toString()).isZero();
    assertThat(built)
        .singleElement()
        .satisfies(s -> assertThat(s.target().get()).isEqualTo("a100-40gb:2"));
    assertThat(out.toString().lines())
        .hasSize(2)
        .allMatch(l -> l.contains("NVIDIA A100-SXM4-40GB"));
  }

  @Test
  void givenInspect_run_keepsTheSettingsAsGiven() {
    int code = run("inspect", "examples/tiny-llama");

    assertThat(code).as(err.toString()).isZero();
    assertThat(built)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.hub().offline()).isFalse();
              assertThat(s.target().isEmpty()).isTrue();
            });
  }

  @Test
  void givenAParameterError_run_buildsNothing() {
    int code = run("resolve", "--no-such-flag");

    assertThat(code).isEqualTo(2);
    assertThat(built).isEmpty();
  }
}
