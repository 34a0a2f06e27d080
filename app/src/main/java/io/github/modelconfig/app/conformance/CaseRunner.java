package io.github.modelconfig.app.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Conformance: runs one case against an implementation: builds its model folder in a fresh
 * temporary folder (config files copied, weight files written sparse from their headers), runs the
 * command there offline with an empty Hugging Face cache, and compares the exit code, the schema
 * the output names, and the expected JSON subset or error set. The folder is deleted after.
 */
public final class CaseRunner {

  /** What the output's {@code $schema} must start with, followed by the expected schema's name. */
  public static final String SCHEMA_BASE = "https://modelconfig.github.io/schemas/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Implementation implementation;

  public CaseRunner(Implementation implementation) {
    this.implementation = implementation;
  }

  public CaseResult run(ConformanceCase c) {
    Path work = null;
    try {
      work = Files.createTempDirectory("modelconfig-conformance-");
      if (c.hasModel()) {
        build(c, Files.createDirectories(work.resolve("model")));
      }
      for (String file : c.workFiles()) {
        copy(c.folder().resolve(file), work.resolve(file));
      }
      List<String> args = c.args().stream().map(a -> a.replace("{model}", "model")).toList();
      Implementation.Run run = implementation.run(args, work, environment(work));
      if (run.exitCode() == Implementation.DID_NOT_FINISH) {
        return new CaseResult(
            c,
            run.exitCode(),
            List.of(new Difference("run", "a program that runs and exits", run.stderr())),
            run.stderr());
      }
      return new CaseResult(c, run.exitCode(), Expectations.check(c.expect(), run), run.stderr());
    } catch (IOException | RuntimeException e) {
      return new CaseResult(
          c, -1, List.of(new Difference("case", "a runnable case", e.toString())), "");
    } finally {
      delete(work);
    }
  }

  /** Offline, with an empty cache of its own: a case never touches the network or the user's. */
  static Map<String, String> environment(Path work) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HF_HOME", work.resolve("hf-home").toString());
    env.put("HF_HUB_CACHE", work.resolve("hf-home").resolve("hub").toString());
    env.put("HF_HUB_OFFLINE", "1");
    return env;
  }

  private static void build(ConformanceCase c, Path model) throws IOException {
    for (String file : c.modelFiles()) {
      copy(c.folder().resolve(file), model.resolve(file));
    }
    for (JsonNode weights : c.weights()) {
      Path file = model.resolve(weights.path("path").asText());
      Files.createDirectories(file.getParent());
      switch (weights.path("format").asText()) {
        case "safetensors" -> SafetensorsFile.write(file, weights);
        case "gguf" -> GgufFile.write(file, weights);
        case "json" -> Files.writeString(file, JSON.writeValueAsString(weights.path("content")));
        default ->
            throw new IllegalArgumentException(
                c.id()
                    + ": weights format is '"
                    + weights.path("format").asText()
                    + "'; one of safetensors, gguf, json");
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to);
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
