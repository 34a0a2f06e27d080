package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTrainingTest {

  @TempDir Path folder;

  @Test
  void givenExistingFolder_commands_resolveAndInspectItAsTextAndJsonAndAsABatch() throws Exception {
    Path batch = Files.createTempFile(folder, "batch", ".txt");
    Path model = Files.createDirectory(folder.resolve("my model"));

    List<String> commands = joined(model.toString(), batch);

    assertThat(commands)
        .containsExactly(
            "--version",
            "--help",
            "resolve --help",
            "inspect --help",
            "resolve " + model,
            "resolve " + model + " --json",
            "resolve " + model + " --target h100-80gb:2 --json",
            "inspect " + model,
            "inspect " + model + " --json",
            "resolve --batch " + batch);
    // the folder's blank is escaped so the option line names one folder
    assertThat(Files.readAllLines(batch))
        .containsExactly(
            model.toString().replace(" ", "\\ ") + " --max-length 64",
            "{\"model_path\": \"" + model + "\"}");
  }

  @Test
  void givenMissingFolder_commands_onlyHelpAndVersion() throws Exception {
    Path batch = Files.createTempFile(folder, "batch", ".txt");

    List<String> commands = joined(folder.resolve("absent").toString(), batch);

    assertThat(commands).containsExactly("--version", "--help", "resolve --help", "inspect --help");
  }

  private static List<String> joined(String folder, Path batch) {
    return ArchiveTraining.commands(new String[] {folder}, batch).stream()
        .map(c -> String.join(" ", c))
        .collect(Collectors.toList());
  }
}
