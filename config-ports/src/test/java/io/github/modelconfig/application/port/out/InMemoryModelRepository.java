package io.github.modelconfig.application.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test fake: models held in memory by repo id, local weight files by path (answered with their
 * folder), and repos that fail to answer; records every reference and file it was asked for.
 */
public final class InMemoryModelRepository implements ModelRepository {

  private final Map<String, ModelFiles> models = new LinkedHashMap<>();
  private final Map<String, ModelFiles> localFiles = new LinkedHashMap<>();
  private final Map<String, RepositoryFailure> failures = new LinkedHashMap<>();
  private final List<String> asked = new CopyOnWriteArrayList<>();

  /** Serves {@code files} under its listing's repo id. */
  public synchronized InMemoryModelRepository put(ModelFiles files) {
    models.put(files.list().repoId(), files);
    return this;
  }

  /** Serves {@code files} as the repo {@code id}, whatever its listing says. */
  public synchronized InMemoryModelRepository put(String id, ModelFiles files) {
    models.put(id, files);
    return this;
  }

  /** Answers {@code path} as an existing local weight file held by {@code folder}. */
  public synchronized InMemoryModelRepository putLocalFile(String path, ModelFiles folder) {
    localFiles.put(path, folder);
    return this;
  }

  /** Fails every lookup of repo {@code id} with {@code failure}. */
  public synchronized InMemoryModelRepository failing(String id, RepositoryFailure failure) {
    failures.put(id, failure);
    return this;
  }

  /** What was asked, in order: {@code "find id@revision"} and {@code "findFile path"}. */
  public List<String> asked() {
    return List.copyOf(asked);
  }

  @Override
  public synchronized Either<RepositoryFailure, Option<ModelFiles>> find(ModelReference ref) {
    asked.add("find " + ref.id() + "@" + ref.revision());
    if (failures.containsKey(ref.id())) {
      return Either.left(failures.get(ref.id()));
    }
    return Either.right(Option.of(models.get(ref.id())));
  }

  @Override
  public synchronized Either<RepositoryFailure, Option<ModelFiles>> findFile(String path) {
    asked.add("findFile " + path);
    return Either.right(Option.of(localFiles.get(path)));
  }
}
