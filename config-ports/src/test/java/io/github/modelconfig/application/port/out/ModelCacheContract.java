package io.github.modelconfig.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every {@link ModelCache} promises (the shared HF cache on disk, the in-memory
 * fake): a stored file is read through its source once, reused afterwards unless forced, reported
 * by a scan with its revision and refs; a source's failure comes back as the store's failure.
 */
public abstract class ModelCacheContract {

  protected static final String REPO = "org/tiny";
  protected static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  /** A cache holding nothing (a fresh one for every test). */
  protected abstract ModelCache cache();

  static byte[] content(int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) (i * 31);
    }
    return b;
  }

  static CacheEntry entry(String path, byte[] content) {
    return new CacheEntry(
        RepoId.of(REPO), COMMIT, path, InMemoryModelFiles.sha256(content), content.length);
  }

  @Test
  void givenNewFile_store_readsItWholeAndReportsTheProgress() {
    byte[] data = content(1000);
    AtomicLong progress = new AtomicLong();

    CachedFile file =
        cache()
            .store(
                entry("sub/model.safetensors", data),
                InMemoryByteSource.of("sub/model.safetensors", data),
                false,
                progress::addAndGet)
            .get();

    assertThat(file.downloadedBytes()).as(file.toString()).isEqualTo(1000);
    assertThat(file.reused()).isFalse();
    assertThat(file.path()).isEqualTo("sub/model.safetensors");
    assertThat(file.location()).endsWith("/sub/model.safetensors");
    assertThat(progress.get()).isEqualTo(1000);
  }

  @Test
  void givenStoredFile_storeAgain_reusesItWithoutReading() {
    ModelCache cache = cache();
    byte[] data = content(10);
    cache.store(entry("a.json", data), InMemoryByteSource.of("a.json", data), false, n -> {});
    InMemoryByteSource again = InMemoryByteSource.of("a.json", data);

    CachedFile file = cache.store(entry("a.json", data), again, false, n -> {}).get();

    assertThat(file.reused()).as(file.toString()).isTrue();
    assertThat(file.downloadedBytes()).isZero();
    assertThat(again.reads()).isEmpty();
  }

  @Test
  void givenStoredFileAndForce_store_readsItAgain() {
    ModelCache cache = cache();
    byte[] data = content(10);
    cache.store(entry("a.json", data), InMemoryByteSource.of("a.json", data), false, n -> {});
    InMemoryByteSource again = InMemoryByteSource.of("a.json", data);

    CachedFile file = cache.store(entry("a.json", data), again, true, n -> {}).get();

    assertThat(file.downloadedBytes()).as(file.toString()).isEqualTo(10);
    assertThat(again.reads()).containsExactly(0L);
  }

  @Test
  void givenSourceThatFails_store_returnsItsFailure() {
    RepositoryFailure cut = new RepositoryFailure.Transport("cut short", "retry");
    ByteSource failing =
        new ByteSource() {
          @Override
          public long size() {
            return 10;
          }

          @Override
          public Either<RepositoryFailure, byte[]> read(long offset, int length) {
            return Either.left(cut);
          }

          @Override
          public String name() {
            return "a.json";
          }
        };

    Either<RepositoryFailure, CachedFile> stored =
        cache().store(entry("a.json", content(10)), failing, false, n -> {});

    assertThat(stored.swap().getOrNull()).as(stored.toString()).isEqualTo(cut);
  }

  @Test
  void givenStoredFileAndRef_scan_reportsRepoRevisionRefAndSize() {
    ModelCache cache = cache();
    byte[] data = content(100);
    cache.store(entry("a.json", data), InMemoryByteSource.of("a.json", data), false, n -> {});
    cache.recordRef(RepoId.of(REPO), Revision.MAIN, COMMIT);

    CacheReport report = cache.scan().get();

    assertThat(report.repos()).as(report.toString()).hasSize(1);
    CacheReport.Repo repo = report.repos().get(0);
    assertThat(repo.repoId()).isEqualTo(REPO);
    assertThat(repo.sizeOnDisk()).isEqualTo(100);
    assertThat(repo.files()).isEqualTo(1);
    assertThat(repo.refs()).containsEntry("main", COMMIT);
    assertThat(repo.revisions())
        .singleElement()
        .satisfies(r -> assertThat(r.commit()).isEqualTo(COMMIT))
        .satisfies(r -> assertThat(r.refs()).containsExactly("main"));
    assertThat(report.warnings()).isEmpty();
  }
}
