package io.github.modelconfig.app.cli.lock;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.modelconfig.domain.repo.ContentDigest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Lock rule: whether a fetched file is the one a lockfile pinned: its size, and its content hash,
 * the sha256 when the lock has it (an LFS file's ETag), else the git blob id (sha1 of {@code "blob
 * SIZE\0"} and the content) when the ETag is one; a file with neither is checked by size only.
 */
public final class LockedFiles {

  private LockedFiles() {}

  /** What is wrong with {@code file} for the locked entry {@code locked}; empty when it matches. */
  public static Optional<String> problem(JsonNode locked, Path file) throws IOException {
    long size = Files.size(file);
    if (!locked.path("size").isNull() && locked.path("size").asLong() != size) {
      return Optional.of("size " + size + ", locked " + locked.path("size") + ".");
    }
    String sha256 = locked.path("sha256").asText("");
    if (sha256.matches("[0-9a-f]{64}")) {
      String actual = hash(file, ContentDigest.sha256());
      return actual.equals(sha256)
          ? Optional.empty()
          : Optional.of("sha256 " + actual + ", locked " + sha256 + ".");
    }
    String etag = locked.path("etag").asText("");
    if (etag.matches("[0-9a-f]{40}")) {
      String actual = hash(file, ContentDigest.gitBlob(size));
      return actual.equals(etag)
          ? Optional.empty()
          : Optional.of("git blob id " + actual + ", locked ETag " + etag + ".");
    }
    return Optional.empty();
  }

  private static String hash(Path file, ContentDigest digest) throws IOException {
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return digest.hex();
  }
}
