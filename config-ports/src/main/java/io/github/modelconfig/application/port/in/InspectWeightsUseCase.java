package io.github.modelconfig.application.port.in;

import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;

/**
 * Use case: inspect the weight files of a model folder, repo or single weight file (headers only):
 * tensors, parameters per dtype, encodings, GGUF metadata and sharded safetensors indexes.
 */
public interface InspectWeightsUseCase {

  /** {@code target}: a folder, repo id or weight file path; {@code revision} for Hub repos. */
  Either<ResolveFailure, WeightsReport> inspect(String target, Revision revision);
}
