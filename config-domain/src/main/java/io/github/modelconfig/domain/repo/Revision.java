package io.github.modelconfig.domain.repo;

import io.vavr.control.Option;
import java.util.Objects;

/**
 * Value: a revision of a Hub repo: a branch, a tag or a commit hash ({@code main} by default, as in
 * {@code huggingface_hub}). Never blank, and never text a URL path or a cache folder cannot hold
 * safely: no whitespace, control character or backslash, no {@code ..}, no empty part between
 * slashes and no leading or trailing slash ({@code refs/pr/1} is fine).
 */
public record Revision(String value) {

  public static final Revision MAIN = new Revision("main");

  /** What a revision may be, for messages that refuse one. */
  public static final String ALLOWED =
      "a branch, tag or commit: not blank, without spaces, control characters, backslashes, '..'"
          + " or an empty part between slashes";

  public Revision {
    Objects.requireNonNull(value, "value");
    if (!isSafe(value)) {
      throw new IllegalArgumentException("not a revision: '" + value + "'");
    }
  }

  /** The revision {@code text} names, or none when it is blank or unsafe. */
  public static Option<Revision> parse(String text) {
    return isSafe(text) ? Option.of(new Revision(text)) : Option.none();
  }

  private static boolean isSafe(String text) {
    return !text.isEmpty()
        && !text.contains("..")
        && !text.startsWith("/")
        && !text.endsWith("/")
        && !text.contains("//")
        && text.codePoints()
            .noneMatch(
                c ->
                    c == '\\'
                        || Character.isISOControl(c)
                        || Character.isWhitespace(c)
                        || Character.isSpaceChar(c));
  }

  /** Whether this names a full commit (40 hex digits), which never moves. */
  public boolean isCommit() {
    return value.length() == 40
        && value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }

  @Override
  public String toString() {
    return value;
  }
}
