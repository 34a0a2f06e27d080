package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Driven adapter: the files of one local model folder, listed once, read by positional reads. */
final class LocalFolderFiles implements ModelFiles {

  /** Folders deeper than this are not listed (a model repo is shallow). */
  private static final int MAX_DEPTH = 8;

  private final Path root;
  private final RepoListing listing;

  private LocalFolderFiles(Path root, RepoListing listing) {
    this.root = root;
    this.listing = listing;
  }

  static Either<RepositoryFailure, ModelFiles> scan(String repoId, Path root) {
    return scan(repoId, root, RepoKind.LOCAL_FOLDER, Option.none());
  }

  /**
   * The folder {@code root} listing only {@code names} (those that exist): a weight file named on
   * its own, with the folder's config files, without walking the folder.
   */
  static Either<RepositoryFailure, ModelFiles> selected(
      String repoId, Path root, List<String> names) {
    List<RepoFile> files = new ArrayList<>();
    StringBuilder fingerprint = new StringBuilder(root.toString());
    for (String name : names) {
      Path file = root.resolve(name);
      try {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (attrs.isRegularFile()) {
          files.add(RepoFile.of(name, attrs.size()));
          fingerprint(fingerprint, name, attrs);
        }
      } catch (java.nio.file.NoSuchFileException e) {
        // not there: not listed
      } catch (IOException e) {
        return Either.left(unreadable(name, e));
      }
    }
    return Either.right(
        new LocalFolderFiles(
            root,
            RepoListing.local(
                repoId, RepoKind.LOCAL_FOLDER, Option.none(), files, fingerprint.toString())));
  }

  /**
   * A folder listed as {@code kind} (an HF cache snapshot is a folder of symlinks). Links to files
   * are followed wherever they lead (the HF cache and {@code --local-dir} downloads are made of
   * them, and only headers are read through them); links to folders are followed only inside the
   * folder: one leading out of it, or a loop, is refused, so a listing never walks the disk.
   */
  static Either<RepositoryFailure, ModelFiles> scan(
      String repoId, Path root, RepoKind kind, Option<String> commit) {
    FolderWalk walk = new FolderWalk(root, MAX_DEPTH);
    Either<RepositoryFailure, Map<Path, BasicFileAttributes>> found = walk.files();
    if (found.isLeft()) {
      return Either.left(found.getLeft());
    }
    List<RepoFile> files = new ArrayList<>();
    StringBuilder fingerprint = new StringBuilder(root.toString());
    found
        .get()
        .forEach(
            (p, attrs) -> {
              String relative = root.relativize(p).toString().replace('\\', '/');
              if (attrs.isRegularFile() && !relative.startsWith(".") && !relative.contains("/.")) {
                files.add(RepoFile.of(relative, attrs.size()));
                fingerprint(fingerprint, relative, attrs);
              }
            });
    return Either.right(
        new LocalFolderFiles(
            root, RepoListing.local(repoId, kind, commit, files, fingerprint.toString())));
  }

  /**
   * The files listed when the folder was scanned; the fingerprint is the folder, and every listed
   * file's path, size and modification time.
   */
  @Override
  public RepoListing list() {
    return listing;
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
    return resolve(path)
        .flatMap(
            file -> {
              try {
                long size = Files.size(file);
                if (size > maxBytes) {
                  return Either.left(
                      new RepositoryFailure.Corrupt(
                          path,
                          path
                              + " is "
                              + size
                              + " bytes, more than the "
                              + maxBytes
                              + " a config file may have.",
                          "Check that " + path + " is the model's config and not another file."));
                }
                return Either.right(Files.readAllBytes(file));
              } catch (IOException e) {
                return Either.left(unreadable(path, e));
              }
            });
  }

  @Override
  public Either<RepositoryFailure, ByteSource> open(String path) {
    return resolve(path).flatMap(file -> FileByteSource.open(path, file));
  }

  /**
   * The file behind a repo-relative path, refusing paths that escape the folder, by name or through
   * a link to a folder outside it.
   */
  private Either<RepositoryFailure, Path> resolve(String path) {
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root)
        || path.startsWith("/")
        || FolderWalk.leavesThroughLink(root, file)) {
      return Either.left(
          new RepositoryFailure.Corrupt(
              path,
              "'" + path + "' points outside the model folder '" + root + "'.",
              "Weight paths must be relative to the model folder."));
    }
    if (!Files.isRegularFile(file)) {
      return Either.left(
          new RepositoryFailure.NotFound(
              RepositoryFailure.Missing.FILE,
              "File '" + path + "' not found within the local repository path '" + root + "'.",
              "Check the file name, or pass --weight-path with a file that exists."));
    }
    return Either.right(file);
  }

  /** Adds a file's path, size and modification time to a folder's fingerprint. */
  private static void fingerprint(StringBuilder to, String path, BasicFileAttributes attrs) {
    to.append('\n')
        .append(path)
        .append(' ')
        .append(attrs.size())
        .append(' ')
        .append(attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
  }

  static RepositoryFailure unreadable(String path, IOException e) {
    return new RepositoryFailure.Transport(
        "Cannot read '" + path + "': " + e.getMessage(), "Check the file's permissions.");
  }
}
