package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.architecture.EditDistance;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rule: a model reference that can only mean a local folder that is not there, answered at once
 * with the nearest existing name instead of being asked of the Hub: one spelled as a path ({@code
 * ./}, {@code ../}, {@code /}, {@code ~}), or one whose parent folder exists here and holds a name
 * at most {@value #CLOSE} edits away (a typo of {@code examples/tiny-llama}). A repo id whose org
 * happens to be a local folder with no such near name still goes to the cache and the Hub.
 */
final class MissingFolder {

  /** Edits that make a sibling's name a likely typo. */
  static final int CLOSE = 2;

  private MissingFolder() {}

  /** The failure for {@code id} resolved to {@code path} (which does not exist), if it is one. */
  static Option<RepositoryFailure> of(String id, Path path) {
    boolean spelledAsPath =
        id.startsWith("./") || id.startsWith("../") || id.startsWith("/") || id.startsWith("~");
    Path parent = path.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return spelledAsPath ? Option.of(failure(id, Option.none(), "")) : Option.none();
    }
    String name = path.getFileName().toString();
    Option<String> nearest = nearest(parent, name);
    boolean close = nearest.exists(n -> EditDistance.between(n, name) <= CLOSE);
    if (!spelledAsPath && !(id.contains("/") && close)) {
      return Option.none();
    }
    String shown = id.contains("/") ? id.substring(0, id.lastIndexOf('/') + 1) : "";
    return Option.of(failure(id, nearest.map(n -> shown + n), parent.toString()));
  }

  private static Option<String> nearest(Path parent, String name) {
    try (Stream<Path> entries = Files.list(parent)) {
      List<String> names =
          entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
      return Option.ofOptional(
          names.stream()
              .min(
                  Comparator.<String>comparingInt(n -> EditDistance.between(n, name))
                      .thenComparing(Comparator.naturalOrder())));
    } catch (IOException e) {
      return Option.none();
    }
  }

  private static RepositoryFailure failure(String id, Option<String> nearest, String parent) {
    return new RepositoryFailure.NotFound(
        RepositoryFailure.Missing.REPO,
        "Model path '"
            + id
            + "' does not exist"
            + (parent.isEmpty() ? "" : " (" + parent + " has no entry of that name)")
            + "; a local path is not looked up on the Hub.",
        nearest.isDefined()
            ? "Did you mean '" + nearest.get() + "'?"
            : "Check the path; a Hub repo id is written org/name, without ./ or /.");
  }
}
