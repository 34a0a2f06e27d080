package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Validation;

/**
 * Rule: the resolved encoding must be one the architecture lists in its {@code supported_encodings}
 * (reference §2.4, case 42).
 */
final class EncodingSupport {

  private EncodingSupport() {}

  static Validation<ConfigError, SupportedEncoding> check(
      SupportedArchitecture arch, SupportedEncoding encoding) {
    if (arch.supports(encoding)) {
      return Validation.valid(encoding);
    }
    return Validation.invalid(
        new ConfigError(
            ErrorCode.ENCODING_NOT_SUPPORTED_BY_ARCHITECTURE,
            "quantization_encoding",
            "quantization_encoding of '"
                + encoding.wireName()
                + "' is not supported by "
                + arch.name()
                + "; it supports "
                + arch.supportedEncodings().keySet().stream()
                    .map(SupportedEncoding::wireName)
                    .toList()
                + ".",
            "Use one of the supported encodings with --quantization-encoding."));
  }
}
