package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.CacheEntry;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Rule: whether a file's content is the one its etag names: the sha256 of the content for an LFS
 * file (64 hex digits), git's blob id, {@code sha1("blob <size>\0" + content)}, for another (40).
 */
final class BlobDigest {

  private BlobDigest() {}

  /** The etag {@code file}'s content has, in the etag's own kind (sha256 or git blob sha1). */
  static String of(Path file, String etag) throws IOException {
    boolean lfs = etag.length() == 64;
    MessageDigest digest = digest(lfs ? "SHA-256" : "SHA-1");
    if (!lfs) {
      digest.update(("blob " + Files.size(file) + "\0").getBytes(StandardCharsets.US_ASCII));
    }
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static boolean matches(Path file, String etag) throws IOException {
    return of(file, etag).equals(etag);
  }

  /** Whether {@code content} is what {@code etag} names. */
  static boolean matches(byte[] content, String etag) {
    boolean lfs = etag.length() == 64;
    MessageDigest digest = digest(lfs ? "SHA-256" : "SHA-1");
    if (!lfs) {
      digest.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
    }
    return HexFormat.of().formatHex(digest.digest(content)).equals(etag);
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
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
                + BlobWriter.kind(entry.etag())
                + " was "
                + actual
                + ", the Hub lists "
                + entry.etag());
      }
    }
    return Option.none();
  }
}
