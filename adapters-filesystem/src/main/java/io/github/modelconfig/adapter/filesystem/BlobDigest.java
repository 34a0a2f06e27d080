package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.CacheEntry;
import io.github.modelconfig.domain.repo.ContentDigest;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rule: whether a file's content is the one its etag names ({@link ContentDigest}), read in 1 MiB
 * chunks.
 */
final class BlobDigest {

  private BlobDigest() {}

  /** The etag {@code file}'s content has, in the etag's own kind (sha256 or git blob sha1). */
  static String of(Path file, String etag) throws IOException {
    ContentDigest digest = ContentDigest.of(etag, Files.size(file));
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return digest.hex();
  }

  static boolean matches(Path file, String etag) throws IOException {
    return of(file, etag).equals(etag);
  }

  /** Whether {@code content} is what {@code etag} names. */
  static boolean matches(byte[] content, String etag) {
    return ContentDigest.of(etag, content.length)
        .update(content, 0, content.length)
        .hex()
        .equals(etag);
  }

  /** What is wrong with a cached copy of {@code entry}: its size, or (verifying) its digest. */
  static Option<String> problem(Path file, CacheEntry entry, boolean verify) throws IOException {
    long size = Files.size(file);
    if (size != entry.size()) {
      return Option.of(
          "the cached copy was " + size + " bytes, the Hub lists " + entry.size() + "");
    }
    if (verify) {
      String actual = BlobDigest.of(file, entry.etag());
      if (!actual.equals(entry.etag())) {
        return Option.of(
            "the cached copy's "
                + ContentDigest.kind(entry.etag())
                + " was "
                + actual
                + ", the Hub lists "
                + entry.etag());
      }
    }
    return Option.none();
  }
}
