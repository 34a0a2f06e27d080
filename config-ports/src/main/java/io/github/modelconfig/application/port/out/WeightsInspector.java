package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.vavr.control.Either;

/** Driven port: reads weight-file headers through a {@link ByteSource}, never the tensor data. */
public interface WeightsInspector {

  Either<RepositoryFailure, SafetensorsHeader> safetensors(ByteSource source);
}
