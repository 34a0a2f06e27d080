package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.WeightsReport.FileReport;
import io.github.modelconfig.domain.encoding.SafetensorsDtypeEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.Map;

/** Service rule: one inspected weight file's report, with the encoding its header implies. */
final class FileReports {

  private FileReports() {}

  static FileReport gguf(String path, GgufMetadata g) {
    return new FileReport(path, WeightsFormat.GGUF, Option.none(), Option.of(g), g.encoding());
  }

  /**
   * A safetensors file's encoding is the one config.json's quantization method declares, else its
   * dominant dtype's.
   */
  static FileReport safetensors(
      String path, SafetensorsHeader h, Option<SupportedEncoding> declared) {
    Option<String> dominant =
        Option.ofOptional(
            h.parametersByDtype().entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey));
    return new FileReport(
        path,
        WeightsFormat.SAFETENSORS,
        Option.of(h),
        Option.none(),
        declared.orElse(() -> dominant.flatMap(SafetensorsDtypeEncoding::of)));
  }
}
