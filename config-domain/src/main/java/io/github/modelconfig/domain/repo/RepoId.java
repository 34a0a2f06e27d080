package io.github.modelconfig.domain.repo;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Value: a Hugging Face repo id, {@code name} or {@code org/name}, spelled as the Hub allows (an
 * ASCII letter or digit, then letters, digits and {@code -_.}, at most 96 characters per part, no
 * {@code --} or {@code ..}); never a folder path such as {@code ./model}, {@code /etc} or {@code
 * ~/m}.
 */
public record RepoId(Option<String> owner, String name) {

  /** One part as the Hub spells it: an ASCII letter or digit, then up to 95 of {@code \\w.-}. */
  private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,95}");

  public RepoId {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    if (!isPart(name) || owner.exists(o -> !isPart(o))) {
      throw new IllegalArgumentException(
          "not a repo id: " + owner.map(o -> o + "/").getOrElse("") + name);
    }
  }

  /** The repo id {@code text} names, or none when it is not spelled as one. */
  public static Option<RepoId> parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length == 1 && isPart(parts[0])) {
      return Option.of(new RepoId(Option.none(), parts[0]));
    }
    if (parts.length == 2 && isPart(parts[0]) && isPart(parts[1])) {
      return Option.of(new RepoId(Option.of(parts[0]), parts[1]));
    }
    return Option.none();
  }

  /** {@code org/name}: two parts, as a weight path {@code org/name/file} names a repo. */
  public static Option<RepoId> parseQualified(String text) {
    return parse(text).filter(id -> id.owner().isDefined());
  }

  private static boolean isPart(String part) {
    return PART.matcher(part).matches()
        && !part.contains("--")
        && !part.contains("..")
        && !part.endsWith(".")
        && !part.endsWith(".git");
  }

  @Override
  public String toString() {
    return owner.map(o -> o + "/" + name).getOrElse(name);
  }
}
