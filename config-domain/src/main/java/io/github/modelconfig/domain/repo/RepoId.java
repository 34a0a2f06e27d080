package io.github.modelconfig.domain.repo;

import io.vavr.control.Option;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Value: a Hugging Face repo id, {@code name} or {@code org/name}, spelled as the Hub allows (ASCII
 * letters, digits and {@code -_.}, at most 96 characters per part, no {@code --} or {@code ..},
 * neither starting nor ending with {@code -} or {@code .}, no {@code .git} ending); never a folder
 * path such as {@code ./model}, {@code /etc} or {@code ~/m}.
 */
public record RepoId(Option<String> owner, String name) {

  /**
   * One part: huggingface_hub's {@code validate_repo_id} (utils/_validators.py: {@code [\w\-.]},
   * word boundaries at both ends, no {@code --}, {@code ..} or {@code .git} ending) with the Hub's
   * own limits (ASCII only, 96 characters).
   */
  private static final Pattern PART =
      Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?");

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

  /**
   * The repo id {@code text} names.
   *
   * @throws IllegalArgumentException when {@code text} is not spelled as a repo id
   */
  public static RepoId of(String text) {
    return parse(text).getOrElseThrow(() -> new IllegalArgumentException("not a repo id: " + text));
  }

  private static boolean isPart(String part) {
    return PART.matcher(part).matches()
        && !part.contains("--")
        && !part.contains("..")
        && !part.endsWith(".git");
  }

  @Override
  public String toString() {
    return owner.map(o -> o + "/" + name).getOrElse(name);
  }
}
