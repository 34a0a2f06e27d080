package io.github.modelconfig.app.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Conformance: reads every {@code case.json} under a folder, in path order. */
public final class CaseLoader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseLoader() {}

  /** The cases under {@code root}; a malformed case file is an IllegalArgumentException. */
  public static List<ConformanceCase> load(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<ConformanceCase> cases = new ArrayList<>();
      for (Path file :
          files.filter(p -> p.getFileName().toString().equals("case.json")).sorted().toList()) {
        cases.add(read(file));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ConformanceCase read(Path file) {
    JsonNode c;
    try {
      c = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + " is not JSON: " + e.getMessage(), e);
    }
    String id = c.path("id").asText(file.getParent().getFileName().toString());
    JsonNode model = c.path("model");
    return new ConformanceCase(
        id,
        c.path("kind").asText(),
        c.path("description").asText(""),
        c.path("source").asText(""),
        file.getParent(),
        texts(model.path("files")),
        list(model.path("weights")),
        texts(c.path("work_files")),
        texts(c.path("args")),
        c.path("expect"));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
