package io.github.modelconfig.domain.repo;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rule: weight-path parsing (reference §6.1). Each entry is an existing local file, a file of the
 * model repo, or {@code org/repo/path} naming a file of another repo, whose id is then recorded
 * (the last one wins).
 */
public final class WeightPathParser {

  /** Where one weight path entry lives. */
  public enum Place {
    LOCAL_FILE,
    MODEL_REPO,
    OTHER_REPO
  }

  /** Value: one parsed entry. */
  public record Entry(String path, Place place) {

    public Entry {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(place, "place");
    }
  }

  /** Value: the parsed entries and the other repo they name, if any. */
  public record Parsed(List<Entry> entries, Option<String> repoId) {

    public Parsed {
      entries = List.copyOf(entries);
      Objects.requireNonNull(repoId, "repoId");
    }

    public List<String> paths() {
      return entries.stream().map(Entry::path).toList();
    }
  }

  /** What the parser may ask about the world: local files, and files of other repos. */
  public interface Lookups {

    boolean isLocalFile(String path);

    boolean repoHasFile(String repoId, String path);
  }

  private WeightPathParser() {}

  public static Validation<ConfigError, Parsed> parse(
      String modelPath, List<String> weightPath, Lookups lookups) {
    List<Entry> entries = new ArrayList<>();
    Option<String> repoId = Option.none();
    for (String p : weightPath) {
      if (lookups.isLocalFile(p)) {
        entries.add(new Entry(p, Place.LOCAL_FILE));
        continue;
      }
      String[] pieces = p.split("/", -1);
      if (pieces.length >= 3) {
        String repo = pieces[0] + "/" + pieces[1];
        String rest = p.substring(repo.length() + 1);
        if (!modelPath.isEmpty() && repo.equals(modelPath)) {
          entries.add(new Entry(rest, Place.MODEL_REPO));
          continue;
        }
        if (looksLikeRepoId(pieces[0], pieces[1]) && lookups.repoHasFile(repo, rest)) {
          entries.add(new Entry(rest, Place.OTHER_REPO));
          repoId = Option.of(repo);
          continue;
        }
      }
      if (modelPath.isEmpty()) {
        return Validation.invalid(cannotDeriveModelPath(p));
      }
      entries.add(new Entry(p, Place.MODEL_REPO));
    }
    return Validation.valid(new Parsed(entries, repoId));
  }

  /** Whether {@code path} reads as {@code org/name/file} of a repo (never {@code ./a/b}). */
  public static boolean namesRepoFile(String path) {
    String[] pieces = path.split("/", -1);
    return pieces.length >= 3 && looksLikeRepoId(pieces[0], pieces[1]);
  }

  /**
   * {@code org/name} as the Hub spells repo ids; never a path such as {@code /etc} or {@code ..}.
   */
  private static boolean looksLikeRepoId(String org, String name) {
    return isIdPart(org) && isIdPart(name);
  }

  private static boolean isIdPart(String part) {
    return !part.isEmpty()
        && !part.startsWith(".")
        && !part.startsWith("~")
        && part.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_.".indexOf(c) >= 0);
  }

  private static ConfigError cannotDeriveModelPath(String path) {
    return new ConfigError(
        ErrorCode.MODEL_PATH_NOT_DERIVABLE,
        "weight_path",
        "Unable to derive model_path from weight_path '"
            + path
            + "': it is neither a local file nor <org>/<repo>/<file> of a repo that holds it.",
        "Give --model-path (a Hugging Face repository id or folder), or a weight path such as "
            + "org/repo/model-q4_k_m.gguf.");
  }
}
