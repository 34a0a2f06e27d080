package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.WeightPathParser;
import io.github.modelconfig.domain.repo.WeightPathParser.Entry;
import io.github.modelconfig.domain.repo.WeightPathParser.Place;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Service: where a request's model and weights come from (reference §2.2 step 3, §6.1): the model
 * repo, another repo named by {@code org/repo/file} weight paths, local weight files, or a model
 * given as one weight file. Rewrites the request's paths relative to the weights' repo or folder.
 */
final class WeightSources {

  /** Value: the request with settled paths, its model files and, when elsewhere, its weights. */
  record Plan(ModelConfigRequest request, ModelFiles model, Option<ModelFiles> weights) {}

  private final ModelLocator locator;
  private final Map<String, Either<RepositoryFailure, Option<ModelFiles>>> localFiles =
      new HashMap<>();
  private final Map<String, Either<RepositoryFailure, ModelFiles>> repos = new HashMap<>();

  /** One plan's lookups: each local file and repo is asked for once. */
  WeightSources(ModelLocator locator) {
    this.locator = locator;
  }

  Either<ResolveFailure, Plan> plan(ModelConfigRequest given) {
    ModelConfigRequest request = remoteWeightFileAsWeightPath(given);
    var parsed =
        WeightPathParser.parse(request.modelPath(), request.weightPath(), lookups(request));
    Option<RepositoryFailure> unreachable = unreachableRepo();
    if (unreachable.isDefined()) {
      // a weight path named another repo that could not be asked (offline, gated, network)
      return Either.left(new ResolveFailure.Unavailable(unreachable.get()));
    }
    if (parsed.isInvalid()) {
      return invalid(parsed.getError());
    }
    List<Entry> entries = parsed.get().entries();
    List<Place> places = entries.stream().map(Entry::place).distinct().toList();
    if (places.size() > 1) {
      return invalid(mixed(places));
    }
    String modelPath =
        request.modelPath().isEmpty() ? parsed.get().repoId().getOrElse("") : request.modelPath();
    Either<ResolveFailure, Option<ModelFiles>> weights =
        places.isEmpty() || places.get(0) == Place.MODEL_REPO
            ? Either.right(Option.none())
            : places.get(0) == Place.OTHER_REPO
                ? repo(parsed.get().repoId().get(), request.huggingfaceWeightRevision())
                    .map(Option::of)
                    .mapLeft(ResolveFailure.Unavailable::new)
                : localWeights(entries);
    if (weights.isLeft()) {
      return Either.left(weights.getLeft());
    }
    List<String> paths =
        entries.stream()
            .map(e -> e.place() == Place.LOCAL_FILE ? fileName(e.path()) : e.path())
            .toList();
    if (modelPath.isEmpty() && weights.get().isDefined()) {
      // only local weight files: the model is their folder (its config.json, else their headers)
      ModelFiles folder = weights.get().get();
      return Either.right(
          new Plan(request.withPaths(folder.repoId(), paths), folder, Option.none()));
    }
    ModelConfigRequest settled = request.withPaths(modelPath, paths);
    return model(settled)
        .<ResolveFailure>mapLeft(ResolveFailure.Unavailable::new)
        .map(model -> new Plan(settled, model, weights.get()));
  }

  /**
   * A model given as {@code org/repo/file.gguf} that is no local file names a weight file of a
   * repo: it is read as that weight path with no model path (reference §2.2 step 5 derives it).
   */
  private ModelConfigRequest remoteWeightFileAsWeightPath(ModelConfigRequest request) {
    String path = request.modelPath();
    boolean remoteFile =
        request.weightPath().isEmpty()
            && WeightsFormat.ofPath(path).isDefined()
            && WeightPathParser.namesRepoFile(path)
            && !localFile(path).exists(Option::isDefined);
    return remoteFile ? request.withPaths("", List.of(path)) : request;
  }

  /** The model repo, or the folder of a model given as one weight file. */
  private Either<RepositoryFailure, ModelFiles> model(ModelConfigRequest request) {
    String path = request.modelPath();
    if (WeightsFormat.ofPath(path).isDefined()) {
      Either<RepositoryFailure, Option<ModelFiles>> file = localFile(path);
      if (file.isLeft()) {
        return Either.left(file.getLeft());
      }
      if (file.get().isDefined()) {
        return Either.right(file.get().get());
      }
    }
    return repo(path, request.huggingfaceModelRevision());
  }

  private WeightPathParser.Lookups lookups(ModelConfigRequest request) {
    return new WeightPathParser.Lookups() {
      @Override
      public boolean isLocalFile(String path) {
        return localFile(path).exists(Option::isDefined);
      }

      @Override
      public boolean repoHasFile(String repoId, String path) {
        return repo(repoId, request.huggingfaceWeightRevision())
            .exists(files -> files.list().stream().anyMatch(f -> f.path().equals(path)));
      }
    };
  }

  /** Local weight files: the one folder holding them all, listing just them. */
  private Either<ResolveFailure, Option<ModelFiles>> localWeights(List<Entry> entries) {
    ModelFiles folder = null;
    for (Entry entry : entries) {
      ModelFiles files = localFile(entry.path()).get().get();
      if (folder != null && !folder.repoId().equals(files.repoId())) {
        return invalid(severalFolders(folder.repoId(), files.repoId()));
      }
      folder = folder == null ? files : FileUnion.of(folder, files);
    }
    return Either.right(Option.of(folder));
  }

  /** The first repo a weight path named that failed for another reason than not existing. */
  private Option<RepositoryFailure> unreachableRepo() {
    return Option.ofOptional(
        repos.values().stream()
            .filter(Either::isLeft)
            .map(Either::getLeft)
            .filter(f -> !(f instanceof RepositoryFailure.NotFound))
            .findFirst());
  }

  private Either<RepositoryFailure, Option<ModelFiles>> localFile(String path) {
    return localFiles.computeIfAbsent(path, locator::locateFile);
  }

  private Either<RepositoryFailure, ModelFiles> repo(String id, String revision) {
    return repos.computeIfAbsent(
        id + '@' + revision, k -> locator.locate(new ModelReference(id, revision)));
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static <T> Either<ResolveFailure, T> invalid(ConfigError error) {
    return Either.left(new ResolveFailure.Invalid(Vector.of(error)));
  }

  private static ConfigError mixed(List<Place> places) {
    return new ConfigError(
        ErrorCode.WEIGHT_PATHS_MIXED,
        "weight_path",
        "weight_path mixes files from different places ("
            + String.join(", ", places.stream().map(p -> p.name().toLowerCase()).toList())
            + ").",
        "Give weight files from one place: the model repo, one other repo, or one local folder.");
  }

  private static ConfigError severalFolders(String first, String second) {
    return new ConfigError(
        ErrorCode.WEIGHT_PATHS_MIXED,
        "weight_path",
        "local weight files are in two folders ('" + first + "' and '" + second + "').",
        "Put the weight files of one model in one folder.");
  }
}
