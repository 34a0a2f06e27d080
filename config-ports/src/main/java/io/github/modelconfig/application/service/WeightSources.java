package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.WeightPathAnswers;
import io.github.modelconfig.domain.repo.WeightPathParser;
import io.github.modelconfig.domain.repo.WeightPathParser.Entry;
import io.github.modelconfig.domain.repo.WeightPathParser.Parsed;
import io.github.modelconfig.domain.repo.WeightPathParser.Place;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * Service: where a request's model and weights come from (reference §2.2 step 3, §6.1): the model
 * repo, another repo named by {@code org/repo/file} weight paths, local weight files, or a model
 * given as one weight file. The domain names the lookups and classifies the answers; this service
 * performs them, then rewrites the request's paths relative to the weights' repo or folder.
 */
final class WeightSources {

  /** Value: the request with settled paths, its model files and, when elsewhere, its weights. */
  record Plan(ModelConfigRequest request, ModelFiles model, Option<ModelFiles> weights) {}

  private final ModelLocator locator;

  WeightSources(ModelLocator locator) {
    this.locator = locator;
  }

  Either<ResolveFailure, Plan> plan(ModelConfigRequest request) {
    WeightLookups found =
        WeightLookups.perform(
            locator,
            request.modelPath(),
            request.weightPath(),
            request.huggingfaceWeightRevision());
    WeightPathAnswers<RepositoryFailure> answers = found.answers();
    return WeightPathParser.classify(request.modelPath(), request.weightPath(), answers)
        .<ResolveFailure>mapLeft(ResolveFailure.Unavailable::new)
        .flatMap(
            parsed ->
                parsed
                    .flatMap(p -> WeightPathParser.onePlace(p, answers))
                    .toEither()
                    .mapLeft(WeightSources::invalid))
        .flatMap(parsed -> plan(request, parsed, found));
  }

  private Either<ResolveFailure, Plan> plan(
      ModelConfigRequest request, Parsed parsed, WeightLookups found) {
    String modelPath =
        parsed.modelPath().isEmpty()
            ? parsed.repoId().map(RepoId::toString).getOrElse("")
            : parsed.modelPath();
    List<String> paths =
        parsed.entries().stream()
            .map(e -> e.place() == Place.LOCAL_FILE ? fileName(e.path()) : e.path())
            .toList();
    Option<ModelFiles> weights = weights(parsed, found);
    if (modelPath.isEmpty() && weights.isDefined()) {
      // only local weight files: the model is their folder (its config.json, else their headers)
      ModelFiles folder = weights.get();
      return Either.right(
          new Plan(request.withPaths(folder.list().repoId(), paths), folder, Option.none()));
    }
    ModelConfigRequest settled = request.withPaths(modelPath, paths);
    return model(settled, found)
        .<ResolveFailure>mapLeft(ResolveFailure.Unavailable::new)
        .map(model -> new Plan(settled, model, weights));
  }

  /** The weights' files when not the model repo's: the other repo, or the local files' folder. */
  private static Option<ModelFiles> weights(Parsed parsed, WeightLookups found) {
    if (parsed.place().contains(Place.OTHER_REPO)) {
      return found.repos().get(parsed.repoId().get()).toOption();
    }
    if (parsed.place().contains(Place.LOCAL_FILE)) {
      return Option.of(
          parsed.entries().stream()
              .map(Entry::path)
              .map(path -> found.localFiles().get(path).get().get())
              .reduce(FileUnion::of)
              .get());
    }
    return Option.none();
  }

  /** The model repo, or the folder of a model given as one weight file. */
  private Either<RepositoryFailure, ModelFiles> model(
      ModelConfigRequest request, WeightLookups found) {
    String path = request.modelPath();
    Either<RepositoryFailure, Option<ModelFiles>> file =
        WeightsFormat.ofPath(path).isDefined()
            ? found.localFile(locator, path)
            : Either.right(Option.none());
    return file.flatMap(
        folder ->
            folder.isDefined()
                ? Either.right(folder.get())
                : found.repo(locator, path, request.huggingfaceModelRevision()));
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static ResolveFailure invalid(ConfigError error) {
    return new ResolveFailure.Invalid(Vector.of(error));
  }
}
