package io.github.modelconfig.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.app.cli.lock.Drift;
import io.github.modelconfig.app.cli.lock.LockedFiles;
import io.github.modelconfig.application.port.in.DownloadReport;
import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.request.RawSetting;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CLI: {@code download --locked FILE}: the lockfile's model at its commit with exactly its weight
 * files becomes the download's request (over the command's other options), and every locked file is
 * then checked against what was fetched: its size and hash; a file that differs or is missing is a
 * {@link Drift} ({@code lock_file_unverified}).
 */
final class LockedDownload {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode lock;

  private LockedDownload(JsonNode lock) {
    this.lock = lock;
  }

  /** The lockfile at {@code file}, or what is wrong with it and how to make one. */
  static Either<String, LockedDownload> read(Path file) {
    JsonNode lock;
    try {
      lock = JSON.readTree(file.toFile());
    } catch (IOException e) {
      return Either.left("cannot read the lockfile " + file + ": " + e.getMessage());
    }
    if (lock == null || !lock.path("commit").isTextual()) {
      return Either.left(
          file
              + " pins no commit (a local folder's lock); nothing to fetch. Lock a Hugging Face"
              + " repo id: resolve org/name --lock FILE.");
    }
    return Either.right(new LockedDownload(lock));
  }

  /** The request the lock pins: its model, its commit, its weight files. */
  Map<String, RawSetting> settings() {
    List<String> weights = new ArrayList<>();
    lock.path("files")
        .forEach(
            f -> {
              if (f.path("role").asText().equals("weights")) {
                weights.add(f.path("path").asText());
              }
            });
    Map<String, RawSetting> settings = new LinkedHashMap<>();
    settings.put("model_path", locked(lock.path("model").asText()));
    settings.put("huggingface_model_revision", locked(lock.path("commit").asText()));
    if (!weights.isEmpty()) {
      settings.put("weight_path", new RawSetting(List.copyOf(weights), Source.USER, "--locked"));
    }
    return settings;
  }

  private static RawSetting locked(String value) {
    return new RawSetting(value, Source.USER, "--locked");
  }

  /** The locked paths (which the report marks verified when nothing drifted). */
  List<String> paths() {
    List<String> paths = new ArrayList<>();
    lock.path("files").forEach(f -> paths.add(f.path("path").asText()));
    return paths;
  }

  /** Each locked file that the download did not fetch as locked. */
  List<Drift> problems(DownloadReport report) {
    Map<String, CachedFile> fetched = new LinkedHashMap<>();
    report.repos().forEach(r -> r.files().forEach(f -> fetched.putIfAbsent(f.path(), f)));
    List<Drift> problems = new ArrayList<>();
    for (JsonNode locked : lock.path("files")) {
      String path = locked.path("path").asText();
      CachedFile got = fetched.get(path);
      try {
        (got == null
                ? Optional.of("not fetched: the resolution at the locked commit does not need it.")
                : LockedFiles.problem(locked, Path.of(got.location())))
            .ifPresent(p -> problems.add(new Drift("lock_file_unverified", path, p)));
      } catch (IOException e) {
        problems.add(new Drift("lock_file_unverified", path, "cannot read it: " + e.getMessage()));
      }
    }
    return problems;
  }
}
