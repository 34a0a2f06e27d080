package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.modelconfig.app.IsolatedSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingHubTest {

  static final Path EXAMPLE = Path.of("../examples/tiny-llama");

  @TempDir Path dir;

  @Test
  void givenTheExampleServed_resolveOfTheTrainingRepo_readsItsHeaderOverHttp() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (TrainingHub hub = new TrainingHub(EXAMPLE)) {
      code =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30),
              () ->
                  Cli.run(
                      new String[] {"resolve", TrainingHub.REPO, "--json"},
                      IsolatedSettings.of(dir, dir, Map.of("HF_ENDPOINT", hub.endpoint())),
                      new PrintWriter(out, true),
                      new PrintWriter(err, true),
                      Terminal.plain()));
    }

    assertThat(code).as(err.toString()).isZero();
    // no parameter counts in the training Hub's model info: they come from the header's 2 tensors
    assertThat(out.toString())
        .contains("\"model_path\" : \"" + TrainingHub.REPO + "\"")
        .contains("\"parameter_count\" : 106816");
  }
}
