package io.github.modelconfig.application.port.in;

import io.vavr.control.Either;

/** Use case: fetch a model's files from the Hub into the shared cache. */
public interface DownloadModelUseCase {

  Either<ResolveFailure, DownloadReport> download(DownloadQuery query, DownloadProgress progress);
}
