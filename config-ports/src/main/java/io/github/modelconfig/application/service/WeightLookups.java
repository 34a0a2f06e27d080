package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.repo.WeightPathAnswers;
import io.github.modelconfig.domain.repo.WeightPathLookups;
import io.github.modelconfig.domain.repo.WeightPathParser;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Service value: the lookups a request's weight paths needed, performed through the ports and kept
 * as the ports answered: each local file tested (the folder holding it, if any) and each repo
 * listed at the weight revision, or why it could not be.
 */
record WeightLookups(
    Map<String, Either<RepositoryFailure, Option<ModelFiles>>> localFiles,
    Map<RepoId, Either<RepositoryFailure, ModelFiles>> repos,
    Revision revision) {

  WeightLookups {
    localFiles = Collections.unmodifiableMap(new LinkedHashMap<>(localFiles));
    repos = Collections.unmodifiableMap(new LinkedHashMap<>(repos));
  }

  /** Asks what {@link WeightPathParser#lookups} names, round after round, until it names none. */
  static WeightLookups perform(
      ModelLocator locator, String modelPath, List<String> weightPath, Revision revision) {
    WeightLookups done = new WeightLookups(Map.of(), Map.of(), revision);
    for (WeightPathLookups next = WeightPathParser.lookups(modelPath, weightPath, done.answers());
        !next.isEmpty();
        next = WeightPathParser.lookups(modelPath, weightPath, done.answers())) {
      done = done.with(locator, next);
    }
    return done;
  }

  private WeightLookups with(ModelLocator locator, WeightPathLookups next) {
    Map<String, Either<RepositoryFailure, Option<ModelFiles>>> local =
        new LinkedHashMap<>(localFiles);
    Map<RepoId, Either<RepositoryFailure, ModelFiles>> listed = new LinkedHashMap<>(repos);
    next.localFiles().forEach(path -> local.put(path, locator.locateFile(path)));
    next.repos()
        .forEach(repo -> listed.put(repo, locator.locate(new ModelReference(repo, revision))));
    return new WeightLookups(local, listed, revision);
  }

  /**
   * The answers as the domain reads them: a local file that cannot be tested is no local file; a
   * repo that does not exist holds no file; any other failure to list a repo stays a failure.
   */
  WeightPathAnswers<RepositoryFailure> answers() {
    WeightPathAnswers<RepositoryFailure> answers = WeightPathAnswers.none();
    for (var local : localFiles.entrySet()) {
      answers =
          answers.withLocalFile(
              local.getKey(),
              local.getValue().getOrElse(Option.none()).map(files -> files.list().repoId()));
    }
    for (var repo : repos.entrySet()) {
      answers = answers.withRepo(repo.getKey(), files(repo.getValue()));
    }
    return answers;
  }

  private static Either<RepositoryFailure, Set<String>> files(
      Either<RepositoryFailure, ModelFiles> repo) {
    if (repo.isLeft()) {
      return repo.getLeft() instanceof RepositoryFailure.NotFound
          ? Either.right(Set.of())
          : Either.left(repo.getLeft());
    }
    Set<String> paths = new LinkedHashSet<>();
    RepoListing listing = repo.get().list();
    listing.files().stream().map(RepoFile::path).forEach(paths::add);
    return Either.right(paths);
  }

  /** The local weight file's folder, as found (asked now when no weight path needed it). */
  Either<RepositoryFailure, Option<ModelFiles>> localFile(ModelLocator locator, String path) {
    return localFiles.containsKey(path) ? localFiles.get(path) : locator.locateFile(path);
  }

  /** The repo at {@code rev}, as listed already when a weight path named it at that revision. */
  Either<RepositoryFailure, ModelFiles> repo(ModelLocator locator, String id, Revision rev) {
    Option<RepoId> listed = RepoId.parse(id).filter(repos::containsKey);
    return rev.equals(revision) && listed.isDefined()
        ? repos.get(listed.get())
        : locator.locate(new ModelReference(id, rev));
  }
}
