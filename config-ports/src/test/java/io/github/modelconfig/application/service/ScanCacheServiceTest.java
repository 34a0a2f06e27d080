package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.CacheEntry;
import io.github.modelconfig.application.port.out.CacheReport;
import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.application.port.out.InMemoryByteSource;
import io.github.modelconfig.application.port.out.InMemoryModelCache;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.StorePolicy;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

class ScanCacheServiceTest {

  static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  static final String ETAG = "45a2321a7ecfdaaf60a6c1fd7f5463994cc8907d";

  @Test
  void givenACacheHoldingARepo_scan_reportsIt() {
    ModelCache cache = new InMemoryModelCache();
    cache.store(
        new CacheEntry(RepoId.of("org/tiny"), COMMIT, "config.json", ETAG, 2),
        InMemoryByteSource.of("config.json", "{}".getBytes()),
        false,
        n -> {});

    Either<RepositoryFailure, CacheReport> report = new ScanCacheService(cache).scan();

    assertThat(report.get().repos())
        .as(report.toString())
        .extracting(CacheReport.Repo::repoId)
        .containsExactly("org/tiny");
  }

  @Test
  void givenACacheThatCannotBeScanned_scan_returnsItsFailure() {
    RepositoryFailure missing =
        new RepositoryFailure.NotFound(RepositoryFailure.Missing.REPO, "no cache", "set HF_HOME");
    ModelCache cache =
        new ModelCache() {
          @Override
          public Either<RepositoryFailure, CachedFile> store(
              CacheEntry entry, ByteSource source, StorePolicy policy, LongConsumer progress) {
            throw new AssertionError("a scan stores nothing");
          }

          @Override
          public io.vavr.control.Option<byte[]> cached(CacheEntry entry, long maxBytes) {
            throw new AssertionError("a scan reads no file");
          }

          @Override
          public void recordMissing(RepoId repoId, String commit, String path) {
            throw new AssertionError("a scan records nothing");
          }

          @Override
          public void recordRef(RepoId repoId, Revision revision, String commit) {
            throw new AssertionError("a scan records no ref");
          }

          @Override
          public Either<RepositoryFailure, CacheReport> scan() {
            return Either.left(missing);
          }
        };

    assertThat(new ScanCacheService(cache).scan().swap().getOrNull()).isEqualTo(missing);
  }
}
