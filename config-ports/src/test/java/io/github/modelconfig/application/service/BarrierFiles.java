package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Test double: files whose opens wait until {@code parties} opens are under way at once. */
final class BarrierFiles implements ModelFiles {
  final ModelFiles delegate;
  final CyclicBarrier barrier;

  BarrierFiles(ModelFiles delegate, int parties) {
    this.delegate = delegate;
    this.barrier = new CyclicBarrier(parties);
  }

  @Override
  public RepoListing list() {
    return delegate.list();
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
    return delegate.read(path, maxBytes);
  }

  @Override
  public Either<RepositoryFailure, ByteSource> open(String path) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
      return Either.left(new RepositoryFailure.Transport("one at a time: " + e, "parallelise"));
    }
    return delegate.open(path);
  }
}
