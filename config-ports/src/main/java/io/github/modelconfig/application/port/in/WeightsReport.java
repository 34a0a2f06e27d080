package io.github.modelconfig.application.port.in;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/** Use-case result: the inspected weight files with their headers, indexes and the encodings. */
public record WeightsReport(
    String repoId,
    List<FileReport> files,
    List<SafetensorsIndex> indexes,
    List<SupportedEncoding> encodings,
    List<String> warnings) {

  public WeightsReport {
    Objects.requireNonNull(repoId, "repoId");
    files = List.copyOf(files);
    indexes = List.copyOf(indexes);
    encodings = List.copyOf(encodings);
    warnings = List.copyOf(warnings);
  }

  /** One weight file: exactly one of the two headers is present, by format. */
  public record FileReport(
      String path,
      WeightsFormat format,
      Option<SafetensorsHeader> safetensors,
      Option<GgufMetadata> gguf,
      Option<SupportedEncoding> encoding) {

    public FileReport {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(safetensors, "safetensors");
      Objects.requireNonNull(gguf, "gguf");
      Objects.requireNonNull(encoding, "encoding");
    }

    public long totalParameters() {
      return safetensors
          .map(SafetensorsHeader::totalParameters)
          .orElse(gguf.map(GgufMetadata::totalParameters))
          .getOrElse(0L);
    }
  }

  public long totalParameters() {
    return files.stream().mapToLong(FileReport::totalParameters).reduce(0L, Math::addExact);
  }
}
