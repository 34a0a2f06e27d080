package io.github.modelconfig.domain.repo;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Value: the answers to {@link WeightPathLookups}: for each path tested, the folder holding it when
 * it is a local weight file; for each repo listed, its files (none for a repo that does not exist),
 * or {@code F}, why it could not be asked (offline, refused, unreachable).
 */
public record WeightPathAnswers<F>(
    Map<String, Option<String>> localFiles, Map<RepoId, Either<F, Set<String>>> repos) {

  public WeightPathAnswers {
    localFiles = Collections.unmodifiableMap(new LinkedHashMap<>(localFiles));
    Map<RepoId, Either<F, Set<String>>> copy = new LinkedHashMap<>();
    repos.forEach(
        (repo, answer) ->
            copy.put(
                repo,
                Objects.requireNonNull(answer, repo::toString)
                    .map(files -> Collections.unmodifiableSet(new LinkedHashSet<>(files)))));
    repos = Collections.unmodifiableMap(copy);
  }

  /** No answer yet. */
  public static <F> WeightPathAnswers<F> none() {
    return new WeightPathAnswers<>(Map.of(), Map.of());
  }

  /** These answers and {@code path}'s: the folder holding it, none when no local weight file. */
  public WeightPathAnswers<F> withLocalFile(String path, Option<String> folder) {
    Map<String, Option<String>> local = new LinkedHashMap<>(localFiles);
    local.put(path, folder);
    return new WeightPathAnswers<>(local, repos);
  }

  /** These answers and {@code repo}'s: its files, or why it could not be listed. */
  public WeightPathAnswers<F> withRepo(RepoId repo, Either<F, Set<String>> files) {
    Map<RepoId, Either<F, Set<String>>> listed = new LinkedHashMap<>(repos);
    listed.put(repo, files);
    return new WeightPathAnswers<>(localFiles, listed);
  }

  boolean isLocalFile(String path) {
    return local(path).isDefined();
  }

  Option<String> local(String path) {
    Option<String> folder = localFiles.get(path);
    if (folder == null) {
      throw new IllegalArgumentException("no answer for local file '" + path + "'");
    }
    return folder;
  }

  Either<F, Set<String>> repo(RepoId repo) {
    Either<F, Set<String>> files = repos.get(repo);
    if (files == null) {
      throw new IllegalArgumentException("no answer for repo '" + repo + "'");
    }
    return files;
  }
}
