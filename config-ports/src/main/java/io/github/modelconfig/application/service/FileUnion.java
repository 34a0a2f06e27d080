package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Service: two listings of the same folder as one (several local weight files named apart). */
final class FileUnion implements ModelFiles {

  private final ModelFiles first;
  private final ModelFiles second;
  private final List<RepoFile> files;

  private FileUnion(ModelFiles first, ModelFiles second) {
    this.first = first;
    this.second = second;
    Map<String, RepoFile> byPath = new LinkedHashMap<>();
    first.list().forEach(f -> byPath.put(f.path(), f));
    second.list().forEach(f -> byPath.putIfAbsent(f.path(), f));
    this.files = List.copyOf(byPath.values());
  }

  /** The union; both must list the same folder (same repo id). */
  static ModelFiles of(ModelFiles first, ModelFiles second) {
    return new FileUnion(first, second);
  }

  @Override
  public String repoId() {
    return first.repoId();
  }

  @Override
  public RepoKind kind() {
    return first.kind();
  }

  @Override
  public Option<String> commit() {
    return first.commit();
  }

  @Override
  public List<RepoFile> list() {
    return files;
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
    return first.read(path, maxBytes);
  }

  @Override
  public Either<RepositoryFailure, ByteSource> open(String path) {
    return first.open(path);
  }

  @Override
  public Option<String> fingerprint() {
    return first.fingerprint().flatMap(a -> second.fingerprint().map(b -> a + '\n' + b));
  }
}
