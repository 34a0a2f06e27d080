package io.github.modelconfig.application.port.in;

import io.github.modelconfig.application.port.out.CacheReport;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;

/** Use case: report what the shared Hugging Face cache holds. */
public interface ScanCacheUseCase {

  Either<RepositoryFailure, CacheReport> scan();
}
