package io.github.modelconfig.adapter.filesystem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixture: writes a cache entry byte for byte as {@code huggingface_hub} lays it out: blob
 * under its etag, relative symlink from the snapshot, {@code refs/main} without a newline.
 */
final class PythonCacheFixture {

  static final String COMMIT = "dd4bc8b21efa05ec961e3efc4ee5e3832a3679c7";
  static final String CONFIG_ETAG = "45a2321a7ecfdaaf60a6c1fd7f5463994cc8907d";
  static final String WEIGHTS_ETAG =
      "a7a17d6d844b5de815ccab5f42cad6d24496db3850a2a43d8258221018ce87d2";

  private PythonCacheFixture() {}

  static Path repo(Path cache, String repoId) {
    return cache.resolve("models--" + repoId.replace("/", "--"));
  }

  /** Caches {@code path} with {@code content} at {@link #COMMIT}, as Python would. */
  static void put(Path cache, String repoId, String path, String etag, byte[] content)
      throws IOException {
    Path repo = repo(cache, repoId);
    Path blob = repo.resolve("blobs").resolve(etag);
    Files.createDirectories(blob.getParent());
    Files.write(blob, content);
    Path pointer = repo.resolve("snapshots").resolve(COMMIT).resolve(path);
    Files.createDirectories(pointer.getParent());
    Files.createSymbolicLink(pointer, pointer.getParent().relativize(blob));
    Path ref = repo.resolve("refs").resolve("main");
    Files.createDirectories(ref.getParent());
    Files.writeString(ref, COMMIT, StandardCharsets.UTF_8);
  }

  static void noExist(Path cache, String repoId, String path) throws IOException {
    Path marker = repo(cache, repoId).resolve(".no_exist").resolve(COMMIT).resolve(path);
    Files.createDirectories(marker.getParent());
    Files.createFile(marker);
  }
}
