package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Test double: files that record the threads their reads and opens ran on. */
final class ThreadRecordingFiles implements ModelFiles {
  final ModelFiles delegate;
  final Set<Thread> threads = ConcurrentHashMap.newKeySet();

  ThreadRecordingFiles(ModelFiles delegate) {
    this.delegate = delegate;
  }

  @Override
  public RepoListing list() {
    return delegate.list();
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
    threads.add(Thread.currentThread());
    return delegate.read(path, maxBytes);
  }

  @Override
  public Either<RepositoryFailure, ByteSource> open(String path) {
    threads.add(Thread.currentThread());
    return delegate.open(path);
  }
}
