package io.github.modelconfig.domain.repo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Rule: the digest a Hub etag names, fed the content by the caller: the sha256 of the content for
 * an LFS file (64 hex digits), git's blob id, {@code sha1("blob <size>\0" + content)}, for another
 * (40 hex digits).
 */
public final class ContentDigest {

  private final MessageDigest digest;

  private ContentDigest(String algorithm) {
    try {
      digest = MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
  }

  /** The sha256 of the content (an LFS file's etag). */
  public static ContentDigest sha256() {
    return new ContentDigest("SHA-256");
  }

  /** Git's blob id of a content of {@code size} bytes. */
  public static ContentDigest gitBlob(long size) {
    ContentDigest blob = new ContentDigest("SHA-1");
    blob.digest.update(("blob " + size + "\0").getBytes(StandardCharsets.US_ASCII));
    return blob;
  }

  /** The digest of the kind {@code etag} is, for a content of {@code size} bytes. */
  public static ContentDigest of(String etag, long size) {
    return isSha256(etag) ? sha256() : gitBlob(size);
  }

  /** What {@code etag} is, as errors name it: {@code sha256} (LFS) or {@code git blob id}. */
  public static String kind(String etag) {
    return isSha256(etag) ? "sha256" : "git blob id";
  }

  private static boolean isSha256(String etag) {
    return etag.length() == 64;
  }

  /** Feeds {@code length} bytes of {@code chunk} from {@code offset}. */
  public ContentDigest update(byte[] chunk, int offset, int length) {
    digest.update(chunk, offset, length);
    return this;
  }

  /** The digest of what was fed, in lower-case hex; the digest starts over. */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
