package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Driven adapter: models in local folders. A reference that names an existing directory is served
 * from it; anything else is left to the next repository. A folder is listed on every call, or at
 * most once per re-check interval when one is given (for callers resolving many times a second).
 */
public final class LocalFolderModelRepository implements ModelRepository {

  /** Folder listings kept when a re-check interval is set. */
  private static final int KEPT_LISTINGS = 64;

  /** Config files read next to a weight file named on its own. */
  private static final List<String> CONFIG_FILES = List.of("config.json", "generation_config.json");

  private record Listing(ModelFiles files, long takenAtNanos) {}

  private final Path workingDirectory;
  private final long recheckNanos;
  private final Map<Path, Listing> listings =
      Collections.synchronizedMap(
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Path, Listing> eldest) {
              return size() > KEPT_LISTINGS;
            }
          });

  public LocalFolderModelRepository(Path workingDirectory) {
    this(workingDirectory, Duration.ZERO);
  }

  /** Lists a folder again only when its last listing is older than {@code recheck}. */
  public LocalFolderModelRepository(Path workingDirectory, Duration recheck) {
    this.workingDirectory = workingDirectory;
    this.recheckNanos = recheck.toNanos();
  }

  @Override
  public Either<RepositoryFailure, Option<ModelFiles>> find(ModelReference reference) {
    if (reference.id().isEmpty()) {
      return Either.right(Option.none());
    }
    Path folder = workingDirectory.resolve(expandHome(reference.id())).normalize();
    long now = System.nanoTime();
    Listing kept = recheckNanos > 0 ? listings.get(folder) : null;
    if (kept != null
        && now - kept.takenAtNanos() < recheckNanos
        && kept.files().list().repoId().equals(reference.id())) {
      return Either.right(Option.of(kept.files()));
    }
    if (!Files.isDirectory(folder)) {
      return Files.exists(folder)
          ? Either.right(Option.none())
          : MissingFolder.of(reference.id(), folder)
              .<Either<RepositoryFailure, Option<ModelFiles>>>map(Either::left)
              .getOrElse(Either.right(Option.none()));
    }
    if (recheckNanos <= 0) {
      return LocalFolderFiles.scan(reference.id(), folder).map(Option::of);
    }
    Either<RepositoryFailure, ModelFiles> scanned = LocalFolderFiles.scan(reference.id(), folder);
    scanned.forEach(files -> listings.put(folder, new Listing(files, now)));
    return scanned.map(Option::of);
  }

  /**
   * An existing weight file named on its own: its folder, listing the file and the folder's config
   * files next to it.
   */
  @Override
  public Either<RepositoryFailure, Option<ModelFiles>> findFile(String path) {
    if (path.isEmpty() || WeightsFormat.ofPath(path).isEmpty()) {
      return Either.right(Option.none());
    }
    Path file = workingDirectory.resolve(expandHome(path)).normalize();
    if (!Files.isRegularFile(file) || file.getParent() == null) {
      return Either.right(Option.none());
    }
    int slash = path.lastIndexOf('/');
    String folder = slash < 0 ? "." : slash == 0 ? "/" : path.substring(0, slash);
    List<String> names = new ArrayList<>(List.of(file.getFileName().toString()));
    names.addAll(CONFIG_FILES);
    return LocalFolderFiles.selected(folder, file.getParent(), names).map(Option::of);
  }

  private static String expandHome(String path) {
    if (path.equals("~") || path.startsWith("~/")) {
      return System.getProperty("user.home") + path.substring(1);
    }
    return path;
  }
}
