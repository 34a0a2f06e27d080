package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CLI: the training run of the launcher's class-data-sharing archive. Runs the common commands once
 * (help, version, resolve and inspect of a model folder as text and JSON) with output discarded, so
 * that the JVM started with {@code -XX:ArchiveClassesAtExit} archives the classes they load.
 */
public final class ArchiveTraining {

  private ArchiveTraining() {}

  /** Arguments: optional model folders to resolve (the launcher passes examples/tiny-llama). */
  public static void main(String[] args) {
    AppSettings settings = AppSettings.fromProcess();
    for (String[] command : commands(args)) {
      PrintWriter sink = new PrintWriter(Writer.nullWriter());
      Cli.run(command, settings, sink, sink, Terminal.plain());
    }
  }

  static List<String[]> commands(String[] folders) {
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"--version"});
    commands.add(new String[] {"--help"});
    commands.add(new String[] {"resolve", "--help"});
    commands.add(new String[] {"inspect", "--help"});
    for (String folder : folders) {
      if (Files.isDirectory(Path.of(folder))) {
        commands.add(new String[] {"resolve", folder});
        commands.add(new String[] {"resolve", folder, "--json"});
        commands.add(new String[] {"inspect", folder});
        commands.add(new String[] {"inspect", folder, "--json"});
      }
    }
    return commands;
  }
}
