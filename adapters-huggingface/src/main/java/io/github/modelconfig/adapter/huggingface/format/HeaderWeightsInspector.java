package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.vavr.control.Either;
import java.util.function.Function;

/**
 * Driven adapter: reads weight headers through a byte source; a malformed file and a failed read
 * come back as values.
 */
final class HeaderWeightsInspector implements WeightsInspector {

  @Override
  public Either<RepositoryFailure, SafetensorsHeader> safetensors(ByteSource source) {
    return inspect(source, "safetensors", SafetensorsHeaderReader::read);
  }

  @Override
  public Either<RepositoryFailure, GgufMetadata> gguf(ByteSource source) {
    return inspect(source, "GGUF", GgufReader::read);
  }

  private static <T> Either<RepositoryFailure, T> inspect(
      ByteSource source, String format, Function<ByteSource, T> reader) {
    try {
      return Either.right(reader.apply(source));
    } catch (SourceReadFailed e) {
      return Either.left(e.failure());
    } catch (MalformedWeightsException e) {
      return Either.left(
          new RepositoryFailure.Corrupt(
              source.name(),
              source.name() + " is not a valid " + format + " file: " + e.getMessage(),
              "Re-download or re-export " + source.name() + "."));
    }
  }
}
