package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.WeightFiles;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Driven adapter: models in the shared Hugging Face cache ({@code HF_HUB_CACHE}), read as {@code
 * huggingface_hub} lays it out, so files the Python or JS clients fetched are reused. Online, only
 * a usable snapshot (a config and weights) answers, so a partial one is left to the Hub; offline,
 * any cached snapshot answers.
 */
public final class HfCacheModelRepository implements ModelRepository {

  private final HfCacheLayout layout;
  private final boolean offline;

  public HfCacheModelRepository(Path cacheRoot, boolean offline) {
    this.layout = new HfCacheLayout(cacheRoot);
    this.offline = offline;
  }

  @Override
  public Either<RepositoryFailure, Option<ModelFiles>> find(ModelReference reference) {
    Option<RepoId> repoId = reference.repoId();
    if (repoId.isEmpty() || !Files.isDirectory(layout.repo(repoId.get()))) {
      return Either.right(Option.none());
    }
    RepoId id = repoId.get();
    Option<String> commit = layout.commit(id, reference.revision());
    if (commit.isEmpty() || !Files.isDirectory(layout.snapshot(id, commit.get()))) {
      return Either.right(Option.none());
    }
    Path snapshot = layout.snapshot(id, commit.get());
    return LocalFolderFiles.scan(reference.id(), snapshot, RepoKind.HF_CACHE, commit)
        .map(files -> new HfCacheFiles(files, layout, id, commit.get()))
        .map(
            files ->
                offline || usable(files.list().files())
                    ? Option.<ModelFiles>of(files)
                    : Option.none());
  }

  private static boolean usable(List<RepoFile> files) {
    boolean config =
        files.stream()
            .anyMatch(f -> f.path().equals("config.json") || f.path().equals("model_index.json"));
    return config && !WeightFiles.byFormat(files).isEmpty();
  }
}
