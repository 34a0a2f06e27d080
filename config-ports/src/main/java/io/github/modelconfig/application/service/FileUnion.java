package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Service: two listings of the same folder as one (several local weight files named apart). */
final class FileUnion implements ModelFiles {

  private final ModelFiles first;
  private final RepoListing listing;

  private FileUnion(ModelFiles first, ModelFiles second) {
    this.first = first;
    RepoListing one = first.list();
    RepoListing two = second.list();
    Map<String, RepoFile> byPath = new LinkedHashMap<>();
    one.files().forEach(f -> byPath.put(f.path(), f));
    two.files().forEach(f -> byPath.putIfAbsent(f.path(), f));
    this.listing =
        one.withFiles(
            List.copyOf(byPath.values()),
            one.fingerprint().flatMap(a -> two.fingerprint().map(b -> a + '\n' + b)));
  }

  /** The union; both must list the same folder (same repo id), whose files the first reads. */
  static ModelFiles of(ModelFiles first, ModelFiles second) {
    return new FileUnion(first, second);
  }

  @Override
  public RepoListing list() {
    return listing;
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
    return first.read(path, maxBytes);
  }

  @Override
  public Either<RepositoryFailure, ByteSource> open(String path) {
    return first.open(path);
  }
}
