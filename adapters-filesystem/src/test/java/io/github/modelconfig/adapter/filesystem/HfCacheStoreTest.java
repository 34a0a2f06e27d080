package io.github.modelconfig.adapter.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.CacheEntry;
import io.github.modelconfig.application.port.out.CacheReport;
import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.application.port.out.InMemoryByteSource;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared cache's layout on disk, as {@code huggingface_hub} writes and reads it. */
class HfCacheStoreTest {

  static final String REPO = "org/tiny";
  static final String SHA = "0123456789abcdef0123456789abcdef01234567";
  static final String ETAG = "a7a17d6d844b5de815ccab5f42cad6d24496db3850a2a43d8258221018ce87d2";

  @TempDir Path cache;

  static byte[] content(int size) {
    byte[] b = new byte[size];
    for (int i = 0; i < size; i++) {
      b[i] = (byte) (i * 31);
    }
    return b;
  }

  @Test
  void givenNewFile_store_writesBlobRelativeSymlinkAndIsFoundLikeAPythonDownload()
      throws IOException {
    HfCacheStore store = new HfCacheStore(cache);
    byte[] data = content(1000);
    AtomicLong progress = new AtomicLong();

    CachedFile file =
        store
            .store(
                new CacheEntry(RepoId.of(REPO), SHA, "sub/model.safetensors", ETAG, 1000),
                InMemoryByteSource.of("sub/model.safetensors", data),
                false,
                progress::addAndGet)
            .get();
    store.recordRef(RepoId.of(REPO), Revision.MAIN, SHA);

    Path repo = cache.resolve("models--org--tiny");
    Path pointer = repo.resolve("snapshots/" + SHA + "/sub/model.safetensors");
    assertThat(Files.readSymbolicLink(pointer).toString()).isEqualTo("../../../blobs/" + ETAG);
    assertThat(Files.readAllBytes(pointer)).isEqualTo(data);
    assertThat(Files.readString(repo.resolve("refs/main"))).isEqualTo(SHA);
    assertThat(cache.resolve("CACHEDIR.TAG")).exists();
    assertThat(repo.resolve("blobs")).isDirectoryNotContaining("glob:**.incomplete");
    assertThat(file.downloadedBytes()).isEqualTo(1000);
    assertThat(progress.get()).isEqualTo(1000);
    assertThat(
            new HfCacheModelRepository(cache, true)
                .find(new ModelReference(REPO, Revision.MAIN))
                .get())
        .isNotEmpty();
  }

  @Test
  void givenPartialDownload_store_resumesFromWhereItStopped() throws IOException {
    byte[] data = content(HfCacheStore.CHUNK + 100);
    Path blobs = cache.resolve("models--org--tiny/blobs");
    Files.createDirectories(blobs);
    Files.write(blobs.resolve(ETAG + ".incomplete"), Arrays.copyOf(data, 4000));
    InMemoryByteSource source = InMemoryByteSource.of("w.safetensors", data);

    CachedFile file =
        new HfCacheStore(cache)
            .store(
                new CacheEntry(RepoId.of(REPO), SHA, "w.safetensors", ETAG, data.length),
                source,
                false,
                n -> {})
            .get();

    assertThat(source.reads()).containsExactly(4000L);
    assertThat(file.downloadedBytes()).isEqualTo(data.length - 4000);
    assertThat(Files.readAllBytes(blobs.resolve(ETAG))).isEqualTo(data);
  }

  @Test
  void givenCacheWithCorruptEntries_scan_reportsReposAndWarnings() throws IOException {
    byte[] config = "{}".getBytes(StandardCharsets.UTF_8);
    PythonCacheFixture.put(
        cache,
        "google-bert/bert-base-uncased",
        "config.json",
        PythonCacheFixture.CONFIG_ETAG,
        config);
    PythonCacheFixture.put(
        cache,
        "google-bert/bert-base-uncased",
        "copy/config.json",
        PythonCacheFixture.CONFIG_ETAG,
        config);
    Files.createDirectories(cache.resolve("not-a-repo"));
    Files.createDirectories(cache.resolve("models--org--a--b/snapshots/" + SHA));
    Files.createDirectories(cache.resolve("models--org--broken/snapshots/" + SHA));
    Files.createSymbolicLink(
        cache.resolve("models--org--broken/snapshots/" + SHA + "/config.json"),
        Path.of("../../blobs/gone"));

    CacheReport report = new HfCacheStore(cache).scan().get();

    assertThat(report.repos()).hasSize(1);
    CacheReport.Repo bert = report.repos().get(0);
    assertThat(bert.repoId()).isEqualTo("google-bert/bert-base-uncased");
    // two snapshot entries share one blob of 2 bytes
    assertThat(bert.files()).isEqualTo(1);
    assertThat(bert.sizeOnDisk()).isEqualTo(2);
    assertThat(bert.refs()).containsEntry("main", PythonCacheFixture.COMMIT);
    assertThat(bert.revisions().get(0).refs()).containsExactly("main");
    assertThat(report.warnings())
        .anyMatch(w -> w.startsWith("Repo path is not a valid HuggingFace cache directory"))
        .anyMatch(w -> w.startsWith("Blob missing (broken symlink)"))
        .anyMatch(
            w -> w.startsWith("Repo folder does not name a repo id") && w.contains("org--a--b"));
  }
}
