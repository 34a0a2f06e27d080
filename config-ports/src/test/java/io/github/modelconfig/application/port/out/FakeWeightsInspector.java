package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.vavr.control.Either;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test fake: a weights inspector told which headers some files hold, by their content. It reads
 * each file whole through its byte source (so a failing read is its failure) and answers the header
 * it was told, or a corrupt-file failure naming the file.
 */
public final class FakeWeightsInspector implements WeightsInspector {

  private final Map<String, SafetensorsHeader> safetensors = new LinkedHashMap<>();
  private final Map<String, GgufMetadata> gguf = new LinkedHashMap<>();

  /** Files with {@code content} hold {@code header}. */
  public FakeWeightsInspector knowing(byte[] content, SafetensorsHeader header) {
    safetensors.put(key(content), header);
    return this;
  }

  /** Files with {@code content} hold {@code metadata}. */
  public FakeWeightsInspector knowing(byte[] content, GgufMetadata metadata) {
    gguf.put(key(content), metadata);
    return this;
  }

  @Override
  public Either<RepositoryFailure, SafetensorsHeader> safetensors(ByteSource source) {
    return inspect(source, safetensors, "safetensors");
  }

  @Override
  public Either<RepositoryFailure, GgufMetadata> gguf(ByteSource source) {
    return inspect(source, gguf, "GGUF");
  }

  private static <T> Either<RepositoryFailure, T> inspect(
      ByteSource source, Map<String, T> known, String format) {
    return source
        .read(0, (int) source.size())
        .flatMap(
            content ->
                known.containsKey(key(content))
                    ? Either.right(known.get(key(content)))
                    : Either.left(
                        new RepositoryFailure.Corrupt(
                            source.name(),
                            source.name() + " is not a valid " + format + " file.",
                            "Re-download " + source.name() + ".")));
  }

  private static String key(byte[] content) {
    return HexFormat.of().formatHex(content);
  }
}
