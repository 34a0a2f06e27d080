package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTrainingTest {

  @TempDir Path folder;

  @Test
  void givenExistingFolder_commands_resolveAndInspectItAsTextAndJson() {
    List<String> commands = joined(folder.toString());

    assertThat(commands)
        .containsExactly(
            "--version",
            "--help",
            "resolve --help",
            "inspect --help",
            "resolve " + folder,
            "resolve " + folder + " --json",
            "inspect " + folder,
            "inspect " + folder + " --json");
  }

  @Test
  void givenMissingFolder_commands_onlyHelpAndVersion() {
    List<String> commands = joined(folder.resolve("absent").toString());

    assertThat(commands).containsExactly("--version", "--help", "resolve --help", "inspect --help");
  }

  private static List<String> joined(String folder) {
    return ArchiveTraining.commands(new String[] {folder}).stream()
        .map(c -> String.join(" ", c))
        .collect(Collectors.toList());
  }
}
