package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.repo.RepoId;
import java.util.Objects;

/** Driven-port value: one file to cache: repo, commit, repo-relative path, etag and size. */
public record CacheEntry(RepoId repoId, String commit, String path, String etag, long size) {

  public CacheEntry {
    Objects.requireNonNull(repoId, "repoId");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(etag, "etag");
    if (!isEtag(etag)) {
      throw new IllegalArgumentException("an etag is a git sha1 or a sha256: " + etag);
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0");
    }
  }

  /** Whether {@code text} can name a blob: a git sha1 (40 hex digits) or a sha256 (64). */
  public static boolean isEtag(String text) {
    return text.matches("[0-9a-f]{40}|[0-9a-f]{64}");
  }
}
