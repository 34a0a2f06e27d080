package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.vavr.control.Either;
import java.util.function.Function;

/** Test double: an inspector for safetensors headers only; a GGUF read is a test failure. */
final class SafetensorsOnlyInspector implements WeightsInspector {

  private final Function<ByteSource, Either<RepositoryFailure, SafetensorsHeader>> safetensors;

  SafetensorsOnlyInspector(
      Function<ByteSource, Either<RepositoryFailure, SafetensorsHeader>> safetensors) {
    this.safetensors = safetensors;
  }

  @Override
  public Either<RepositoryFailure, SafetensorsHeader> safetensors(ByteSource source) {
    return safetensors.apply(source);
  }

  @Override
  public Either<RepositoryFailure, GgufMetadata> gguf(ByteSource source) {
    throw new AssertionError("no GGUF file in this test: " + source.name());
  }
}
