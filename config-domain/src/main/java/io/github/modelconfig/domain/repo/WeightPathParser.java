package io.github.modelconfig.domain.repo;

import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Rule: weight-path parsing (reference §6.1) in two phases, with no I/O: {@link #lookups} names
 * what must be known about the world, the caller answers, and {@link #classify} decides. Each entry
 * is an existing local file, a file of the model repo, or {@code org/repo/path} naming a file of
 * another repo, whose id is then recorded (the last one wins). A model given as {@code
 * org/repo/file.gguf} that is no local file is read as that weight path, with no model path.
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

  /** Value: the model path (empty when to be derived), the entries, and the other repo named. */
  public record Parsed(String modelPath, List<Entry> entries, Option<RepoId> repoId) {

    public Parsed {
      Objects.requireNonNull(modelPath, "modelPath");
      entries = List.copyOf(entries);
      Objects.requireNonNull(repoId, "repoId");
    }

    public List<String> paths() {
      return entries.stream().map(Entry::path).toList();
    }

    /** The place of the first entry (of every entry, once {@link #onePlace} accepted them). */
    public Option<Place> place() {
      return entries.isEmpty() ? Option.none() : Option.of(entries.get(0).place());
    }
  }

  private WeightPathParser() {}

  /**
   * What {@link #classify} still needs given the answers so far: every entry's local-file test
   * first, then, entry by entry, the repo an {@code org/name/file} entry names, until the outcome
   * is decided. Only {@code org/name}-shaped prefixes are named, never a folder such as {@code
   * /etc}. Empty once {@link #classify} can decide.
   */
  public static WeightPathLookups lookups(
      String modelPath, List<String> weightPath, WeightPathAnswers<?> answers) {
    return walk(modelPath, weightPath, answers)
        .fold(needed -> needed, decided -> WeightPathLookups.NONE);
  }

  /**
   * The entries and the other repo they name; or why the first repo an entry named could not be
   * asked ({@code F}), which decides before any other problem.
   *
   * @throws IllegalArgumentException when {@link #lookups} still names something to answer
   */
  public static <F> Either<F, Validation<ConfigError, Parsed>> classify(
      String modelPath, List<String> weightPath, WeightPathAnswers<F> answers) {
    return walk(modelPath, weightPath, answers)
        .getOrElseThrow(
            needed -> new IllegalArgumentException("weight paths need answers first: " + needed));
  }

  /** What is missing (left), or the decision (right). */
  private static <F> Either<WeightPathLookups, Either<F, Validation<ConfigError, Parsed>>> walk(
      String modelPath, List<String> weightPath, WeightPathAnswers<F> answers) {
    return WeightPathInputs.of(modelPath, weightPath, answers)
        .flatMap(paths -> paths.untested(answers))
        .flatMap(paths -> entries(paths, answers));
  }

  /** The entries in order, asking for the repo of the first one that needs it. */
  private static <F> Either<WeightPathLookups, Either<F, Validation<ConfigError, Parsed>>> entries(
      WeightPathInputs paths, WeightPathAnswers<F> answers) {
    String model = paths.modelPath();
    List<Entry> entries = new ArrayList<>();
    Option<RepoId> repoId = Option.none();
    for (String p : paths.weightPath()) {
      RepoPath split = RepoPath.of(p);
      if (answers.isLocalFile(p)) {
        entries.add(new Entry(p, Place.LOCAL_FILE));
        continue;
      }
      if (!model.isEmpty() && split.prefix().contains(model)) {
        entries.add(new Entry(split.rest(), Place.MODEL_REPO));
        continue;
      }
      if (split.repo().isDefined()) {
        RepoId repo = split.repo().get();
        if (!answers.repos().containsKey(repo)) {
          return Either.left(new WeightPathLookups(List.of(), List.of(repo)));
        }
        Either<F, Set<String>> listed = answers.repo(repo);
        if (listed.isLeft()) {
          return Either.right(Either.left(listed.getLeft()));
        }
        if (listed.get().contains(split.rest())) {
          entries.add(new Entry(split.rest(), Place.OTHER_REPO));
          repoId = Option.of(repo);
          continue;
        }
      }
      if (model.isEmpty()) {
        return decided(Validation.invalid(WeightPathErrors.cannotDeriveModelPath(p)));
      }
      entries.add(new Entry(p, Place.MODEL_REPO));
    }
    return decided(Validation.valid(new Parsed(model, entries, repoId)));
  }

  private static <F> Either<WeightPathLookups, Either<F, Validation<ConfigError, Parsed>>> decided(
      Validation<ConfigError, Parsed> parsed) {
    return Either.right(Either.right(parsed));
  }

  /**
   * The entries when they come from one place: entries from different places at once, or local
   * files in different folders, are refused rather than merged (one repo, one revision and one byte
   * source per weight path).
   */
  public static Validation<ConfigError, Parsed> onePlace(
      Parsed parsed, WeightPathAnswers<?> answers) {
    List<Place> places = parsed.entries().stream().map(Entry::place).distinct().toList();
    return places.size() > 1
        ? Validation.invalid(WeightPathErrors.mixed(places))
        : oneFolder(parsed, answers);
  }

  /** Local weight files must all be in one folder. */
  private static Validation<ConfigError, Parsed> oneFolder(
      Parsed parsed, WeightPathAnswers<?> answers) {
    Set<String> folders = new LinkedHashSet<>();
    parsed.entries().stream()
        .filter(e -> e.place() == Place.LOCAL_FILE)
        .forEach(e -> folders.add(answers.local(e.path()).get()));
    List<String> two = folders.stream().limit(2).toList();
    return two.size() > 1
        ? Validation.invalid(WeightPathErrors.severalFolders(two.get(0), two.get(1)))
        : Validation.valid(parsed);
  }
}
