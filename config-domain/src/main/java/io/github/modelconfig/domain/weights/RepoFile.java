package io.github.modelconfig.domain.weights;

import io.vavr.control.Option;
import java.util.Objects;

/** Value: a file of a model repo, by its repo-relative posix path, with its size when known. */
public record RepoFile(String path, Option<Long> size) {

  public RepoFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(size, "size");
    if (path.startsWith("/")
        || path.contains("\\")
        || path.equals("..")
        || path.startsWith("../")
        || path.contains("/../")
        || path.endsWith("/..")) {
      throw new IllegalArgumentException(
          "repo file path must be relative and inside the repo: " + path);
    }
  }

  public static RepoFile of(String path, long size) {
    return new RepoFile(path, Option.of(size));
  }

  public String fileName() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  public Option<WeightsFormat> format() {
    return WeightsFormat.ofPath(path);
  }
}
