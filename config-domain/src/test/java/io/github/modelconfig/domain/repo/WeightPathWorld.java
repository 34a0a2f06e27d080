package io.github.modelconfig.domain.repo;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.repo.WeightPathParser.Parsed;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test-data builder: a world of local weight files (each in a folder) and Hub repos (each with its
 * files, or unreachable for a reason) that answers what {@link WeightPathParser#lookups} asks,
 * round after round, and records each question ({@code "local p"}, {@code "repo r"}).
 */
final class WeightPathWorld {

  private final Map<String, String> localFiles = new LinkedHashMap<>();
  private final Map<String, Set<String>> repos = new LinkedHashMap<>();
  private final Map<String, String> unreachable = new LinkedHashMap<>();
  private final List<String> asked = new ArrayList<>();

  static WeightPathWorld empty() {
    return new WeightPathWorld();
  }

  /** {@code path} is a local weight file in {@code folder}. */
  WeightPathWorld localFile(String path, String folder) {
    localFiles.put(path, folder);
    return this;
  }

  /** {@code org/name/file} entries: each adds {@code file} to repo {@code org/name}. */
  WeightPathWorld onHub(String... repoFiles) {
    for (String repoFile : repoFiles) {
      int slash = repoFile.indexOf('/', repoFile.indexOf('/') + 1);
      repos
          .computeIfAbsent(repoFile.substring(0, slash), r -> new LinkedHashSet<>())
          .add(repoFile.substring(slash + 1));
    }
    return this;
  }

  WeightPathWorld unreachable(String repo, String why) {
    unreachable.put(repo, why);
    return this;
  }

  List<String> asked() {
    return List.copyOf(asked);
  }

  /** The answers to every lookup the parser names for these paths. */
  WeightPathAnswers<String> answers(String modelPath, List<String> weightPath) {
    WeightPathAnswers<String> answers = WeightPathAnswers.none();
    for (WeightPathLookups next = WeightPathParser.lookups(modelPath, weightPath, answers);
        !next.isEmpty();
        next = WeightPathParser.lookups(modelPath, weightPath, answers)) {
      for (String path : next.localFiles()) {
        asked.add("local " + path);
        answers = answers.withLocalFile(path, Option.of(localFiles.get(path)));
      }
      for (RepoId id : next.repos()) {
        String repo = id.toString();
        asked.add("repo " + repo);
        answers =
            answers.withRepo(
                id,
                unreachable.containsKey(repo)
                    ? Either.left(unreachable.get(repo))
                    : Either.right(repos.getOrDefault(repo, Set.of())));
      }
    }
    return answers;
  }

  /** The classification once every lookup is answered. */
  Either<String, Validation<ConfigError, Parsed>> classify(
      String modelPath, List<String> weightPath) {
    return WeightPathParser.classify(modelPath, weightPath, answers(modelPath, weightPath));
  }

  /** The parsed entries; fails the test when the classification is not valid. */
  Parsed parse(String modelPath, String... weightPath) {
    Either<String, Validation<ConfigError, Parsed>> classified =
        classify(modelPath, List.of(weightPath));
    if (classified.isLeft() || classified.get().isInvalid()) {
      throw new AssertionError("expected a valid classification, got " + classified);
    }
    return classified.get().get();
  }

  /** The problem; fails the test when the classification is valid or a repo was unreachable. */
  ConfigError problem(String modelPath, String... weightPath) {
    Either<String, Validation<ConfigError, Parsed>> classified =
        classify(modelPath, List.of(weightPath));
    if (classified.isLeft() || classified.get().isValid()) {
      throw new AssertionError("expected a problem, got " + classified);
    }
    return classified.get().getError();
  }
}
