package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.ScanCacheUseCase;
import io.github.modelconfig.application.port.out.CacheReport;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;

/** Service: scans the shared model cache. */
public final class ScanCacheService implements ScanCacheUseCase {

  private final ModelCache cache;

  public ScanCacheService(ModelCache cache) {
    this.cache = cache;
  }

  @Override
  public Either<RepositoryFailure, CacheReport> scan() {
    return cache.scan();
  }
}
