package io.github.modelconfig.adapter.huggingface;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test fixture: one repo of the fake Hub, a folder whose files are the repo's files at one commit
 * (the sha1 of the repo id). Weight files are LFS: their etag is the content sha256; other files'
 * etag is the git blob sha1. Files over {@link #BIG} bytes (sparse benchmark shards) are not read:
 * hashes of their name and size stand in.
 */
public final class FakeHubRepo {

  public record Entry(String path, Path file, long size, String blobId, String lfsSha256) {

    boolean isLfs() {
      return lfsSha256 != null;
    }

    String etag() {
      return isLfs() ? lfsSha256 : blobId;
    }
  }

  /** Files larger than this are not read to be hashed (benchmark repos of sparse shards). */
  static final long BIG = 256L << 20;

  private final String id;
  private final String commit;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  FakeHubRepo(String id, Path folder) {
    this(id, folder, hex("SHA-1", id.getBytes(StandardCharsets.UTF_8)));
  }

  /** The repo at another commit (an upstream push). */
  FakeHubRepo(String id, Path folder, String commit) {
    this.id = id;
    this.commit = commit;
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted().filter(Files::isRegularFile).toList()) {
        String path = folder.relativize(p).toString().replace('\\', '/');
        if (Files.size(p) > BIG) {
          // a sparse benchmark shard: hashes of its name and size stand in for its content's
          byte[] name = (path + ":" + Files.size(p)).getBytes(StandardCharsets.UTF_8);
          entries.put(
              path, new Entry(path, p, Files.size(p), hex("SHA-1", name), hex("SHA-256", name)));
          continue;
        }
        byte[] content = Files.readAllBytes(p);
        byte[] header = ("blob " + content.length + "\0").getBytes(StandardCharsets.UTF_8);
        byte[] git = new byte[header.length + content.length];
        System.arraycopy(header, 0, git, 0, header.length);
        System.arraycopy(content, 0, git, header.length, content.length);
        boolean lfs = path.endsWith(".safetensors") || path.endsWith(".gguf");
        entries.put(
            path,
            new Entry(
                path, p, content.length, hex("SHA-1", git), lfs ? hex("SHA-256", content) : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String id() {
    return id;
  }

  public String commit() {
    return commit;
  }

  public Map<String, Entry> entries() {
    return entries;
  }

  static String hex(String algorithm, byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
