package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * Test fake: a model cache in memory laid out like the shared cache: blobs by etag, snapshots by
 * commit linking paths to blobs, refs; stores read the source in 64-byte chunks.
 */
public final class InMemoryModelCache implements ModelCache {

  static final int CHUNK = 64;

  private final Map<String, byte[]> blobs = new TreeMap<>();
  private final Map<String, Map<String, Map<String, String>>> snapshots = new TreeMap<>();
  private final Map<String, Map<String, String>> refs = new TreeMap<>();
  private final Set<String> missing = new TreeSet<>();

  @Override
  public synchronized Either<RepositoryFailure, CachedFile> store(
      CacheEntry entry, ByteSource source, StorePolicy policy, LongConsumer progress) {
    Map<String, String> snapshot =
        snapshots
            .computeIfAbsent(entry.repoId().toString(), r -> new TreeMap<>())
            .computeIfAbsent(entry.commit(), c -> new TreeMap<>());
    String location = "memory/" + entry.repoId() + "/" + entry.commit() + "/" + entry.path();
    byte[] held = snapshot.containsKey(entry.path()) ? blobs.get(snapshot.get(entry.path())) : null;
    if (!policy.force() && held != null && held.length == entry.size()) {
      return Either.right(new CachedFile(entry.path(), location, 0, true));
    }
    byte[] data = new byte[(int) entry.size()];
    for (int offset = 0; offset < data.length; offset += CHUNK) {
      int length = Math.min(CHUNK, data.length - offset);
      Either<RepositoryFailure, byte[]> chunk = source.read(offset, length);
      if (chunk.isLeft()) {
        return Either.left(chunk.getLeft());
      }
      System.arraycopy(chunk.get(), 0, data, offset, length);
      progress.accept(length);
    }
    blobs.put(entry.etag(), data);
    snapshot.put(entry.path(), entry.etag());
    return Either.right(new CachedFile(entry.path(), location, data.length, false));
  }

  @Override
  public synchronized Option<byte[]> cached(CacheEntry entry, long maxBytes) {
    String etag =
        snapshots
            .getOrDefault(entry.repoId().toString(), Map.of())
            .getOrDefault(entry.commit(), Map.of())
            .get(entry.path());
    byte[] data = etag == null ? null : blobs.get(etag);
    return data != null && data.length == entry.size() && data.length <= maxBytes
        ? Option.of(data.clone())
        : Option.none();
  }

  @Override
  public synchronized void recordMissing(RepoId repoId, String commit, String path) {
    missing.add(repoId + "/" + commit + "/" + path);
  }

  /** What {@link #recordMissing} recorded, as {@code repo/commit/path}. */
  public synchronized Set<String> missing() {
    return new TreeSet<>(missing);
  }

  @Override
  public synchronized void recordRef(RepoId repoId, Revision revision, String commit) {
    if (!revision.value().equals(commit)) {
      refs.computeIfAbsent(repoId.toString(), r -> new TreeMap<>()).put(revision.value(), commit);
    }
  }

  @Override
  public synchronized Either<RepositoryFailure, CacheReport> scan() {
    List<CacheReport.Repo> repos = new ArrayList<>();
    snapshots.forEach(
        (repoId, commits) -> {
          Map<String, String> repoRefs = refs.getOrDefault(repoId, Map.of());
          Map<String, Long> repoBlobs = new LinkedHashMap<>();
          List<CacheReport.Revision> revisions = new ArrayList<>();
          commits.forEach(
              (commit, files) -> {
                Set<String> names = new TreeSet<>();
                repoRefs.entrySet().stream()
                    .filter(ref -> ref.getValue().equals(commit))
                    .forEach(ref -> names.add(ref.getKey()));
                Map<String, Long> revisionBlobs = new LinkedHashMap<>();
                files
                    .values()
                    .forEach(etag -> revisionBlobs.put(etag, (long) blobs.get(etag).length));
                repoBlobs.putAll(revisionBlobs);
                revisions.add(
                    new CacheReport.Revision(
                        commit, names, revisionBlobs.size(), sum(revisionBlobs)));
              });
          repos.add(
              new CacheReport.Repo(
                  repoId,
                  "model",
                  "memory/" + repoId,
                  sum(repoBlobs),
                  repoBlobs.size(),
                  revisions,
                  repoRefs));
        });
    return Either.right(new CacheReport("memory", repos, List.of()));
  }

  private static long sum(Map<String, Long> blobs) {
    return blobs.values().stream().mapToLong(Long::longValue).sum();
  }
}
