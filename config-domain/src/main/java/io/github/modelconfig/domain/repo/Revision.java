package io.github.modelconfig.domain.repo;

import java.util.Objects;

/**
 * Value: a revision of a Hub repo: a branch, a tag or a commit hash ({@code main} by default, as in
 * {@code huggingface_hub}); never blank and never with characters a URL path or a cache folder
 * cannot hold safely.
 */
public record Revision(String value) {

  public static final Revision MAIN = new Revision("main");

  public Revision {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()
        || value.contains("..")
        || value.chars().anyMatch(c -> c < 0x20 || c == '\\')) {
      throw new IllegalArgumentException("not a revision: '" + value + "'");
    }
  }

  /** Whether this names a full commit (40 hex digits), which never moves. */
  public boolean isCommit() {
    return value.length() == 40 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  @Override
  public String toString() {
    return value;
  }
}
