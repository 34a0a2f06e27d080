package io.github.modelconfig.domain.model;

import io.github.modelconfig.domain.device.DeviceType;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.RequestError;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Rule: chooses the quantization encoding (reference §2.3): the user's when given and offered by
 * the repo; else the repo's only one; else, on GPU, the first in the deterministic preference order
 * that runs there; else the architecture's default.
 */
public final class EncodingChoice {

  private EncodingChoice() {}

  public static Validation<ConfigError, Tuple2<SupportedEncoding, Origin>> choose(
      Option<SupportedEncoding> requested,
      List<SupportedEncoding> offered,
      DeviceType defaultDevice,
      SupportedEncoding architectureDefault,
      String repoId) {
    if (requested.isDefined()) {
      SupportedEncoding e = requested.get();
      if (!offered.isEmpty() && !offered.contains(e)) {
        return Validation.invalid(
            new RequestError(
                "encoding_not_in_repo",
                "quantization_encoding",
                "quantization_encoding '"
                    + e.wireName()
                    + "' is not supported by the repo '"
                    + repoId
                    + "', which offers "
                    + names(offered)
                    + ".",
                "Use --quantization-encoding "
                    + offered.get(0).wireName()
                    + ", or point --weight-path at files in that encoding."));
      }
      return Validation.valid(Tuple.of(e, Origin.of(Source.USER, "--quantization-encoding")));
    }
    if (offered.size() == 1) {
      return Validation.valid(
          Tuple.of(offered.get(0), Origin.of(Source.WEIGHTS, "the only encoding in the weights")));
    }
    if (offered.size() > 1 && defaultDevice == DeviceType.GPU) {
      Option<SupportedEncoding> best =
          Option.ofOptional(
              offered.stream().filter(e -> e.supportedOn(DeviceType.GPU)).findFirst());
      if (best.isDefined()) {
        return Validation.valid(
            Tuple.of(
                best.get(), Origin.of(Source.WEIGHTS, "GPU preference among " + names(offered))));
      }
    }
    return Validation.valid(
        Tuple.of(architectureDefault, Origin.of(Source.ARCHITECTURE, "default_encoding")));
  }

  private static String names(List<SupportedEncoding> encodings) {
    return String.join(", ", encodings.stream().map(SupportedEncoding::wireName).toList());
  }
}
