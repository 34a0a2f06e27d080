package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.CacheReport;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Driven adapter: scans the shared cache like {@code scan_cache_dir}: sizes count distinct blobs,
 * refs keep nested names ({@code refs/pr/1}), and a corrupt repo becomes a warning, not a failure.
 */
final class HfCacheScanner {

  private static final Set<String> SKIPPED =
      Set.of(".locks", "CACHEDIR.TAG", ".DS_Store", "Thumbs.db", "desktop.ini");
  private static final Set<String> TYPES = Set.of("model", "dataset", "space");

  private final Path root;

  HfCacheScanner(Path root) {
    this.root = root;
  }

  Either<RepositoryFailure, CacheReport> scan() {
    if (!Files.exists(root)) {
      return Either.right(new CacheReport(root.toString(), List.of(), List.of()));
    }
    if (!Files.isDirectory(root)) {
      return Either.left(
          new RepositoryFailure.NotFound(
              RepositoryFailure.Missing.REPO,
              "The Hugging Face cache " + root + " is not a folder.",
              "Set HF_HUB_CACHE or HF_HOME to your cache, or download a model first."));
    }
    List<CacheReport.Repo> repos = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try (Stream<Path> entries = Files.list(root)) {
      for (Path repo : entries.sorted().toList()) {
        if (SKIPPED.contains(repo.getFileName().toString())) {
          continue;
        }
        try {
          repos.add(repo(repo, warnings));
        } catch (IOException e) {
          warnings.add(e.getMessage());
        }
      }
    } catch (IOException e) {
      return Either.left(
          new RepositoryFailure.Transport(
              "Cannot list the cache " + root + ": " + e.getMessage(),
              "Check the folder's permissions."));
    }
    return Either.right(new CacheReport(root.toString(), repos, warnings));
  }

  private CacheReport.Repo repo(Path path, List<String> warnings) throws IOException {
    String name = path.getFileName().toString();
    if (!Files.isDirectory(path)) {
      throw new CorruptEntry("Repo path is not a directory: " + path);
    }
    int dashes = name.indexOf("--");
    if (dashes < 0) {
      throw new CorruptEntry("Repo path is not a valid HuggingFace cache directory: " + path);
    }
    String type = name.substring(0, dashes).replaceAll("s$", "");
    if (!TYPES.contains(type)) {
      throw new CorruptEntry(
          "Repo type must be dataset, model or space, found " + type + ": " + path);
    }
    String repoId = name.substring(dashes + 2).replace("--", "/");
    if (type.equals("model") && HfCacheLayout.repoId(name).isEmpty()) {
      throw new CorruptEntry("Repo folder does not name a repo id (models--org--name): " + path);
    }
    Path snapshots = path.resolve("snapshots");
    if (!Files.isDirectory(snapshots)) {
      throw new CorruptEntry("Snapshots dir doesn't exist in cached repo: " + snapshots);
    }
    Map<String, String> refs = refs(path.resolve("refs"));
    Map<Path, Long> repoBlobs = new HashMap<>();
    List<CacheReport.Revision> revisions = new ArrayList<>();
    Set<String> commits = new HashSet<>();
    try (Stream<Path> list = Files.list(snapshots)) {
      for (Path snapshot : list.sorted().toList()) {
        if (!Files.isDirectory(snapshot)) {
          throw new CorruptEntry("Snapshots folder corrupted. Found a file: " + snapshot);
        }
        String commit = snapshot.getFileName().toString();
        commits.add(commit);
        Map<Path, Long> blobs = blobs(snapshot, warnings);
        repoBlobs.putAll(blobs);
        Set<String> names = new HashSet<>();
        refs.forEach(
            (ref, target) -> {
              if (target.equals(commit)) {
                names.add(ref);
              }
            });
        revisions.add(new CacheReport.Revision(commit, names, blobs.size(), sum(blobs)));
      }
    }
    partials(path.resolve("blobs"), warnings);
    Set<String> dangling = new HashSet<>(refs.values());
    dangling.removeAll(commits);
    if (!dangling.isEmpty()) {
      throw new CorruptEntry(
          "Reference(s) refer to missing commit hashes: " + dangling + " (" + path + ")");
    }
    return new CacheReport.Repo(
        repoId, type, path.toString(), sum(repoBlobs), repoBlobs.size(), revisions, refs);
  }

  /** A partial download left in {@code blobs/} (the next download resumes it). */
  private static void partials(Path blobs, List<String> warnings) throws IOException {
    if (!Files.isDirectory(blobs)) {
      return;
    }
    try (Stream<Path> list = Files.list(blobs)) {
      for (Path blob : list.sorted().toList()) {
        if (blob.getFileName().toString().endsWith(".incomplete")) {
          warnings.add(
              "Partial download ("
                  + Files.size(blob)
                  + " bytes): "
                  + blob
                  + "; 'modelconfig download' of the repo resumes it.");
        }
      }
    }
  }

  private static Map<Path, Long> blobs(Path snapshot, List<String> warnings) throws IOException {
    Map<Path, Long> blobs = new HashMap<>();
    try (Stream<Path> walk = Files.walk(snapshot)) {
      for (Path file : walk.toList()) {
        if (Files.isDirectory(file)) {
          continue;
        }
        if (!Files.exists(file)) {
          throw new CorruptEntry("Blob missing (broken symlink): " + file);
        }
        Path blob = file.toRealPath();
        blobs.put(blob, Files.size(blob));
        BlobSizeCheck.problem(snapshot.relativize(file).toString(), blob)
            .forEach(problem -> warnings.add(problem + " (" + file + ")."));
      }
    }
    return blobs;
  }

  private static Map<String, String> refs(Path refs) throws IOException {
    Map<String, String> result = new TreeMap<>();
    if (!Files.exists(refs)) {
      return result;
    }
    if (!Files.isDirectory(refs)) {
      throw new CorruptEntry("Refs directory cannot be a file: " + refs);
    }
    try (Stream<Path> walk = Files.walk(refs)) {
      for (Path ref : walk.filter(Files::isRegularFile).toList()) {
        String name = refs.relativize(ref).toString().replace('\\', '/');
        result.put(name, Files.readString(ref, StandardCharsets.UTF_8).strip());
      }
    }
    return result;
  }

  private static long sum(Map<Path, Long> blobs) {
    return blobs.values().stream().mapToLong(Long::longValue).sum();
  }

  /** A repo folder the reference scanner would call corrupted. */
  private static final class CorruptEntry extends IOException {
    private static final long serialVersionUID = 1L;

    CorruptEntry(String message) {
      super(message);
    }
  }
}
