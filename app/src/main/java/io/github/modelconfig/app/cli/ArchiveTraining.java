package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.ProcessExit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CLI: the training run of the launcher's start-up archive (a class-data-sharing archive, or an AOT
 * cache on JDK 24+). Runs the common commands once (help, version, resolve and inspect of a model
 * folder as text and JSON, a resolve batch of it, and a resolve of it as a Hub repo served on
 * 127.0.0.1) with output discarded, so that the JVM that records the archive sees the classes they
 * load.
 */
public final class ArchiveTraining {

  private ArchiveTraining() {}

  /** Arguments: optional model folders to resolve (the launcher passes examples/tiny-llama). */
  public static void main(String[] args) throws IOException {
    AppSettings settings = AppSettings.fromProcess();
    Path batch = Files.createTempFile("modelconfig-training-", ".jsonl");
    try {
      for (String[] command : commands(args, batch)) {
        run(command, settings);
      }
    } finally {
      Files.deleteIfExists(batch);
    }
    for (String folder : args) {
      if (Files.isRegularFile(Path.of(folder, "config.json"))) {
        hubResolves(Path.of(folder));
        break;
      }
    }
    // as Main ends: System.exit's own classes (JDK 21+ logs the exit) are archived too
    ProcessExit.prepare();
    System.exit(0);
  }

  private static void run(String[] command, AppSettings settings) {
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    Cli.run(command, settings, sink, sink, Terminal.plain());
  }

  /**
   * Resolves the folder as a Hub repo served on 127.0.0.1 (no network), with a throw-away cache, so
   * the Hub client's classes are archived too.
   */
  static void hubResolves(Path folder) throws IOException {
    Path home = Files.createTempDirectory("modelconfig-training-hf-");
    try (TrainingHub hub = new TrainingHub(folder)) {
      Map<String, String> env = new HashMap<>(System.getenv());
      env.remove("HF_HUB_OFFLINE");
      env.remove("TRANSFORMERS_OFFLINE");
      // the user's token stays home, even from a loopback server
      env.remove("HF_TOKEN");
      env.remove("HUGGING_FACE_HUB_TOKEN");
      env.put("HF_HUB_DISABLE_IMPLICIT_TOKEN", "1");
      env.put("HF_ENDPOINT", hub.endpoint());
      env.put("HF_HOME", home.toString());
      env.put("HF_HUB_CACHE", home.resolve("hub").toString());
      AppSettings settings = AppSettings.from(env, Path.of("").toAbsolutePath());
      run(new String[] {"resolve", TrainingHub.REPO}, settings);
      run(
          new String[] {"resolve", TrainingHub.REPO, "--target", "h100-80gb:2", "--json"},
          settings);
    } finally {
      try (Stream<Path> all = Files.walk(home)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
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
