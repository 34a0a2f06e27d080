package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * Driven-adapter helper: lists the files of a model folder with one stat per entry, following links
 * to folders only while they stay inside it; a link that leads out of the folder, a loop of links,
 * or more than {@link #MAX_FILES} files is a refusal that names the culprit.
 */
final class FolderWalk {

  /** Files listed at most: a model repo has tens; a folder with more is not a model. */
  static final int MAX_FILES = 100_000;

  private final Path root;
  private final int maxDepth;

  FolderWalk(Path root, int maxDepth) {
    this.root = root;
    this.maxDepth = maxDepth;
  }

  /** The regular files and others found, by path, or why the folder cannot be listed. */
  Either<RepositoryFailure, Map<Path, BasicFileAttributes>> files() {
    Map<Path, BasicFileAttributes> found = new TreeMap<>();
    Path realRoot;
    try {
      realRoot = root.toRealPath();
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          maxDepth,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              if (Files.isSymbolicLink(dir) && !dir.toRealPath().startsWith(realRoot)) {
                throw new Refusal(outside(dir));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (found.size() >= MAX_FILES) {
                throw new Refusal(tooMany());
              }
              found.put(file, attrs);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              if (e instanceof FileSystemLoopException) {
                throw new Refusal(loop(file));
              }
              throw e;
            }
          });
    } catch (Refusal r) {
      return Either.left(r.failure);
    } catch (IOException | UncheckedIOException e) {
      return Either.left(
          new RepositoryFailure.Transport(
              "Cannot list the folder '" + root + "': " + e.getMessage(),
              "Check that the folder is readable."));
    }
    return Either.right(found);
  }

  /** True when a folder on the way from {@code root} to {@code file} is a link leading out. */
  static boolean leavesThroughLink(Path root, Path file) {
    Path parent = file.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return false;
    }
    try {
      return !parent.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private RepositoryFailure outside(Path link) throws IOException {
    return new RepositoryFailure.Corrupt(
        root.relativize(link).toString(),
        "The model folder '"
            + root
            + "' has a link to a folder outside it: "
            + root.relativize(link)
            + " -> "
            + Files.readSymbolicLink(link)
            + " (that is "
            + link.toRealPath()
            + "); modelconfig never follows links out of a model folder.",
        "Remove the link, or point MODEL at the linked folder itself.");
  }

  private RepositoryFailure loop(Path link) {
    return new RepositoryFailure.Corrupt(
        root.relativize(link).toString(),
        "The model folder '"
            + root
            + "' has a loop of links: "
            + root.relativize(link)
            + " leads back to a folder that contains it.",
        "Remove the link " + root.relativize(link) + ".");
  }

  private RepositoryFailure tooMany() {
    return new RepositoryFailure.Corrupt(
        root.toString(),
        "The folder '"
            + root
            + "' holds more than "
            + MAX_FILES
            + " files; it is not a model"
            + " folder.",
        "Point MODEL at the folder that holds the model's config.json and weights.");
  }

  /** Carries a refusal out of the visitor. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RepositoryFailure failure;

    Refusal(RepositoryFailure failure) {
      super(failure.message(), null, false, false);
      this.failure = failure;
    }
  }
}
