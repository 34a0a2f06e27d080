package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test fake: models held in memory by repo id, for service tests and the port contract. */
public final class InMemoryModelRepository implements ModelRepository {

  private final Map<String, Map<String, byte[]>> models = new ConcurrentHashMap<>();

  public InMemoryModelRepository put(String id, Map<String, byte[]> files) {
    models.put(id, Map.copyOf(files));
    return this;
  }

  @Override
  public Either<RepositoryFailure, Option<ModelFiles>> find(ModelReference reference) {
    Map<String, byte[]> files = models.get(reference.id());
    return Either.right(Option.of(files).map(f -> new Files(reference.id(), f)));
  }

  private record Files(String repoId, Map<String, byte[]> files) implements ModelFiles {

    @Override
    public RepoKind kind() {
      return RepoKind.HUB;
    }

    @Override
    public Option<String> commit() {
      return Option.none();
    }

    @Override
    public List<RepoFile> list() {
      return files.entrySet().stream()
          .map(e -> RepoFile.of(e.getKey(), e.getValue().length))
          .sorted(java.util.Comparator.comparing(RepoFile::path))
          .toList();
    }

    @Override
    public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
      return bytes(path)
          .flatMap(
              b ->
                  b.length > maxBytes
                      ? Either.left(
                          new RepositoryFailure.Corrupt(path, path + " is too big.", "Check it."))
                      : Either.right(b.clone()));
    }

    @Override
    public Either<RepositoryFailure, ByteSource> open(String path) {
      return bytes(path)
          .map(
              b ->
                  new ByteSource() {
                    @Override
                    public long size() {
                      return b.length;
                    }

                    @Override
                    public byte[] read(long offset, int length) {
                      return Arrays.copyOfRange(b, (int) offset, (int) offset + length);
                    }

                    @Override
                    public String name() {
                      return path;
                    }
                  });
    }

    private Either<RepositoryFailure, byte[]> bytes(String path) {
      byte[] b = files.get(path);
      return b != null
          ? Either.right(b)
          : Either.left(
              new RepositoryFailure.NotFound(
                  RepositoryFailure.Missing.FILE, path + " not found.", "Check the name."));
    }
  }
}
