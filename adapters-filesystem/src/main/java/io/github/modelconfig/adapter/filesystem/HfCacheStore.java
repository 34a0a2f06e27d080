package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.CacheEntry;
import io.github.modelconfig.application.port.out.CacheReport;
import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongConsumer;

/**
 * Driven adapter: writes the shared Hugging Face cache as {@code huggingface_hub} does: the blob
 * under its etag through a {@code .incomplete} file (resumed, then renamed atomically), under a
 * lock per blob, linked from the snapshot by a relative symlink (a copy where links are refused).
 */
public final class HfCacheStore implements ModelCache {

  /** Bytes per range read while downloading. */
  static final int CHUNK = 8 * 1024 * 1024;

  private static final String CACHEDIR_TAG =
      "Signature: 8a477f597d28d172789f06886806bc55\n"
          + "# This file is a cache directory tag created by modelconfig.\n";

  private final HfCacheLayout layout;
  private final ConcurrentHashMap<Path, Object> inProcessLocks = new ConcurrentHashMap<>();

  public HfCacheStore(Path cacheRoot) {
    this.layout = new HfCacheLayout(cacheRoot);
  }

  @Override
  public Either<RepositoryFailure, CachedFile> store(
      CacheEntry entry, ByteSource source, boolean force, LongConsumer progress) {
    try {
      new RepoFile(entry.path(), io.vavr.control.Option.of(entry.size()));
    } catch (IllegalArgumentException e) {
      return Either.left(
          new RepositoryFailure.Corrupt(
              entry.path(),
              "Refusing to cache '" + entry.path() + "': " + e.getMessage(),
              "Report it."));
    }
    Path pointer = layout.snapshot(entry.repoId(), entry.commit()).resolve(entry.path());
    if (!force && Files.isRegularFile(pointer)) {
      return Either.right(new CachedFile(entry.path(), pointer.toString(), 0, true));
    }
    Path blob = layout.blob(entry.repoId(), entry.etag());
    Object local = inProcessLocks.computeIfAbsent(blob, b -> new Object());
    synchronized (local) {
      try {
        writeTag();
        Path lockFile = layout.lock(entry.repoId(), entry.etag());
        Files.createDirectories(lockFile.getParent());
        Files.createDirectories(blob.getParent());
        try (FileChannel lockChannel =
                FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockChannel.lock()) {
          boolean reused = !force && Files.isRegularFile(blob) && Files.size(blob) == entry.size();
          Either<RepositoryFailure, Long> downloaded =
              reused ? Either.right(0L) : download(entry, source, blob, force, progress);
          if (downloaded.isRight()) {
            link(pointer, blob);
          }
          return downloaded.map(
              bytes -> new CachedFile(entry.path(), pointer.toString(), bytes, reused));
        }
      } catch (IOException e) {
        return Either.left(
            new RepositoryFailure.Transport(
                "Cannot write '" + entry.path() + "' into the cache " + layout.root() + ": " + e,
                "Check that HF_HUB_CACHE is writable and has free space."));
      }
    }
  }

  /**
   * Fetches the blob through {@code .incomplete}, resuming from its length: the bytes this run
   * read, or the source's failure (the partial file stays for the next run to resume).
   */
  private Either<RepositoryFailure, Long> download(
      CacheEntry entry, ByteSource source, Path blob, boolean force, LongConsumer progress)
      throws IOException {
    Path incomplete = blob.resolveSibling(entry.etag() + ".incomplete");
    if (force) {
      Files.deleteIfExists(incomplete);
    }
    long downloaded = 0;
    try (FileChannel out =
        FileChannel.open(incomplete, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      long offset = Math.min(out.size(), entry.size());
      out.truncate(offset);
      progress.accept(offset);
      while (offset < entry.size()) {
        int length = (int) Math.min(CHUNK, entry.size() - offset);
        Either<RepositoryFailure, byte[]> bytes = source.read(offset, length);
        if (bytes.isLeft()) {
          return Either.left(bytes.getLeft());
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes.get());
        while (buffer.hasRemaining()) {
          out.write(buffer, offset + buffer.position());
        }
        offset += length;
        downloaded += length;
        progress.accept(length);
      }
      out.force(true);
    }
    Files.move(
        incomplete, blob, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return Either.right(downloaded);
  }

  /** A relative symlink from the snapshot to the blob, or a copy where symlinks are refused. */
  private static void link(Path pointer, Path blob) throws IOException {
    Files.createDirectories(pointer.getParent());
    Path target = pointer.getParent().relativize(blob);
    if (Files.isSymbolicLink(pointer) && Files.readSymbolicLink(pointer).equals(target)) {
      return;
    }
    Files.deleteIfExists(pointer);
    try {
      Files.createSymbolicLink(pointer, target);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(blob, pointer, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public void recordRef(RepoId repoId, Revision revision, String commit) {
    if (revision.value().equals(commit)) {
      return;
    }
    Path ref = layout.ref(repoId, revision);
    try {
      if (Files.isRegularFile(ref)
          && Files.readString(ref, StandardCharsets.UTF_8).strip().equals(commit)) {
        return;
      }
      Files.createDirectories(ref.getParent());
      Path temp = Files.createTempFile(ref.getParent(), ".ref", ".tmp");
      Files.writeString(temp, commit, StandardCharsets.UTF_8);
      Files.move(temp, ref, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      // best effort, as in huggingface_hub: the cache may be read-only
    }
  }

  @Override
  public Either<RepositoryFailure, CacheReport> scan() {
    return new HfCacheScanner(layout.root()).scan();
  }

  private void writeTag() throws IOException {
    Path tag = layout.root().resolve("CACHEDIR.TAG");
    if (!Files.exists(tag)) {
      Files.createDirectories(layout.root());
      Files.writeString(tag, CACHEDIR_TAG, StandardCharsets.UTF_8);
    }
  }
}
