package io.github.modelconfig.application.port.out;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Driven-port value: a cached file: where it is, how many bytes this run downloaded, whether the
 * cached copy was reused, and what was wrong with a cached copy that was fetched again (a size or
 * digest that differs from the Hub's).
 */
public record CachedFile(
    String path, String location, long downloadedBytes, boolean reused, Option<String> repaired) {

  public CachedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(repaired, "repaired");
  }

  public CachedFile(String path, String location, long downloadedBytes, boolean reused) {
    this(path, location, downloadedBytes, reused, Option.none());
  }
}
