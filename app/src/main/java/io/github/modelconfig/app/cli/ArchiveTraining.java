package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CLI: the training run of the launcher's start-up archive (a class-data-sharing archive, or an AOT
 * cache on JDK 24+). Runs the common commands once (help, version, resolve and inspect of a model
 * folder as text and JSON, a resolve batch of it) with output discarded, so that the JVM that
 * records the archive sees the classes they load.
 */
public final class ArchiveTraining {

  private ArchiveTraining() {}

  /** Arguments: optional model folders to resolve (the launcher passes examples/tiny-llama). */
  public static void main(String[] args) throws IOException {
    AppSettings settings = AppSettings.fromProcess();
    Path batch = Files.createTempFile("modelconfig-training-", ".jsonl");
    try {
      for (String[] command : commands(args, batch)) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        Cli.run(command, settings, sink, sink, Terminal.plain());
      }
    } finally {
      Files.deleteIfExists(batch);
    }
    // as Main ends: System.exit's own classes (JDK 21+ logs the exit) are archived too
    System.exit(0);
  }

  /** The commands; {@code batch} is written with a batch of the folders' requests. */
  static List<String[]> commands(String[] folders, Path batch) {
    List<String[]> commands = new ArrayList<>();
    commands.add(new String[] {"--version"});
    commands.add(new String[] {"--help"});
    commands.add(new String[] {"resolve", "--help"});
    commands.add(new String[] {"inspect", "--help"});
    List<String> lines = new ArrayList<>();
    for (String folder : folders) {
      if (Files.isDirectory(Path.of(folder))) {
        commands.add(new String[] {"resolve", folder});
        commands.add(new String[] {"resolve", folder, "--json"});
        commands.add(new String[] {"resolve", folder, "--target", "h100-80gb:2", "--json"});
        commands.add(new String[] {"inspect", folder});
        commands.add(new String[] {"inspect", folder, "--json"});
        lines.add(folder.replace("\\", "\\\\").replace(" ", "\\ ") + " --max-length 64");
        lines.add(
            "{\"model_path\": \"" + folder.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
      }
    }
    if (!lines.isEmpty()) {
      try {
        Files.write(batch, lines);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      commands.add(new String[] {"resolve", "--batch", batch.toString()});
    }
    return commands;
  }
}
