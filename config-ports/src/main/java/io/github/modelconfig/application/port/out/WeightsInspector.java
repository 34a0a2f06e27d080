package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.vavr.control.Either;

/** Driven port: reads weight-file headers through a {@link ByteSource}, never the tensor data. */
public interface WeightsInspector {

  Either<RepositoryFailure, SafetensorsHeader> safetensors(ByteSource source);

  /** The header of a GGUF file: metadata key-values (big arrays summarised) and tensor infos. */
  Either<RepositoryFailure, GgufMetadata> gguf(ByteSource source);
}
