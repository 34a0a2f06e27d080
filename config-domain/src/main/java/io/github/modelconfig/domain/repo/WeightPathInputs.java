package io.github.modelconfig.domain.repo;

import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Either;
import java.util.List;

/**
 * Value: the paths to classify: a model given as one weight file that reads as {@code
 * org/repo/file} and is no local file becomes that weight path, with no model path.
 */
record WeightPathInputs(String modelPath, List<String> weightPath) {

  static Either<WeightPathLookups, WeightPathInputs> of(
      String modelPath, List<String> weightPath, WeightPathAnswers<?> answers) {
    boolean mayNameRepoFile =
        weightPath.isEmpty()
            && WeightsFormat.ofPath(modelPath).isDefined()
            && RepoPath.of(modelPath).repo().isDefined();
    if (!mayNameRepoFile) {
      return Either.right(new WeightPathInputs(modelPath, weightPath));
    }
    if (!answers.localFiles().containsKey(modelPath)) {
      return Either.left(new WeightPathLookups(List.of(modelPath), List.of()));
    }
    return Either.right(
        answers.isLocalFile(modelPath)
            ? new WeightPathInputs(modelPath, weightPath)
            : new WeightPathInputs("", List.of(modelPath)));
  }

  /** Every entry's local-file test not answered yet, or these paths when none is missing. */
  Either<WeightPathLookups, WeightPathInputs> untested(WeightPathAnswers<?> answers) {
    List<String> untested =
        weightPath.stream().distinct().filter(p -> !answers.localFiles().containsKey(p)).toList();
    return untested.isEmpty()
        ? Either.right(this)
        : Either.left(new WeightPathLookups(untested, List.of()));
  }
}
