package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.CacheEntry;
import io.github.modelconfig.application.port.out.CacheReport;
import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.StorePolicy;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
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
 * under its etag ({@link BlobWriter}), under a lock per blob, linked from the snapshot by a
 * relative symlink; a cached copy whose size (or, verifying, digest) is not the Hub's is fetched
 * again.
 */
public final class HfCacheStore implements ModelCache {

  /** Bytes per range read while downloading. */
  static final int CHUNK = BlobWriter.CHUNK;

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
      CacheEntry entry, ByteSource source, StorePolicy policy, LongConsumer progress) {
    if (!safe(entry.path())) {
      return Either.left(
          new RepositoryFailure.Corrupt(
              entry.path(),
              "Refusing to cache '" + entry.path() + "': not a relative path inside the repo.",
              "The server listed it; check HF_ENDPOINT."));
    }
    Path pointer = layout.snapshot(entry.repoId(), entry.commit()).resolve(entry.path());
    Path blob = layout.blob(entry.repoId(), entry.etag());
    try {
      if (!policy.force() && sound(pointer, entry, policy.verify())) {
        return Either.right(new CachedFile(entry.path(), pointer.toString(), 0, true));
      }
      Object local = inProcessLocks.computeIfAbsent(blob, b -> new Object());
      synchronized (local) {
        writeTag();
        Path lockFile = layout.lock(entry.repoId(), entry.etag());
        Files.createDirectories(lockFile.getParent());
        Files.createDirectories(blob.getParent());
        try (FileChannel lockChannel =
                FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = lockChannel.lock()) {
          Option<String> problem =
              Files.isRegularFile(blob)
                  ? BlobDigest.problem(blob, entry, policy.verify())
                  : Option.none();
          boolean reused = !policy.force() && Files.isRegularFile(blob) && problem.isEmpty();
          if (problem.isDefined()) {
            Files.delete(blob);
          }
          Either<RepositoryFailure, Long> downloaded =
              reused
                  ? Either.right(0L)
                  : BlobWriter.download(
                      entry,
                      source,
                      blob,
                      policy.force() || problem.isDefined(),
                      policy.verify(),
                      progress);
          if (downloaded.isRight()) {
            BlobWriter.link(pointer, blob);
          }
          return downloaded.map(
              bytes -> new CachedFile(entry.path(), pointer.toString(), bytes, reused, problem));
        }
      }
    } catch (IOException e) {
      return Either.left(
          new RepositoryFailure.Transport(
              "Cannot write '" + entry.path() + "' into the cache " + layout.root() + ": " + e,
              "Check that HF_HUB_CACHE is writable and has free space."));
    }
  }

  /**
   * A snapshot file that is sound as it stands; false when another thread is replacing its blob
   * (the caller then waits for the blob's lock).
   */
  private static boolean sound(Path pointer, CacheEntry entry, boolean verify) {
    try {
      return Files.isRegularFile(pointer) && BlobDigest.problem(pointer, entry, verify).isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public Option<byte[]> cached(CacheEntry entry, long maxBytes) {
    if (!safe(entry.path()) || entry.size() > maxBytes) {
      return Option.none();
    }
    Path pointer = layout.snapshot(entry.repoId(), entry.commit()).resolve(entry.path());
    try {
      return Files.isRegularFile(pointer) && Files.size(pointer) == entry.size()
          ? Option.of(Files.readAllBytes(pointer))
              .filter(b -> b.length == entry.size() && BlobDigest.matches(b, entry.etag()))
          : Option.none();
    } catch (IOException e) {
      return Option.none();
    }
  }

  @Override
  public void recordMissing(RepoId repoId, String commit, String path) {
    if (!safe(path) || !Revision.parse(commit).exists(Revision::isCommit)) {
      return;
    }
    Path marker = layout.noExist(repoId, commit, path);
    try {
      if (!Files.exists(marker)) {
        writeTag();
        Files.createDirectories(marker.getParent());
        Files.createFile(marker);
      }
    } catch (IOException e) {
      // best effort, as in huggingface_hub: the cache may be read-only
    }
  }

  /** A repo-relative path that stays inside the repo (the listing's rules). */
  private static boolean safe(String path) {
    try {
      new RepoFile(path, Option.none());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
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
