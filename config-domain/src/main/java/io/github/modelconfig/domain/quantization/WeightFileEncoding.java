package io.github.modelconfig.domain.quantization;

import io.github.modelconfig.domain.encoding.FileNameEncoding;
import io.github.modelconfig.domain.encoding.SafetensorsDtypeEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.weights.ParameterCounts;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Rule: the encoding of one weight file (reference §6.4 {@code encoding_for_file}), read from its
 * content first: a GGUF's header (else its name), a safetensors file's declared quantization method
 * (config.json), else its header's dominant dtype (else the dominant dtype of the Hub's parameter
 * counts, else its name, else the repo's first encoding). None when the file is not in the repo
 * (the existence check reports that).
 */
public final class WeightFileEncoding {

  private WeightFileEncoding() {}

  /** Every weight path must be gguf or safetensors, and all of one format (reference §6.2). */
  public static List<ConfigError> formatErrors(List<String> weightPath) {
    List<ConfigError> errors = new ArrayList<>();
    weightPath.stream()
        .filter(p -> WeightsFormat.ofPath(p).isEmpty())
        .forEach(p -> errors.add(notAWeightFile(p)));
    if (weightPath.stream().map(WeightsFormat::ofPath).filter(Option::isDefined).distinct().count()
        > 1) {
      errors.add(
          new ConfigError(
              ErrorCode.MIXED_WEIGHT_FORMATS,
              "weight_path",
              "weight_path " + weightPath + " mixes gguf and safetensors files.",
              "Pass weight files of one format with --weight-path."));
    }
    return errors;
  }

  public static Validation<ConfigError, Option<SupportedEncoding>> of(
      ModelSnapshot weights, String path, List<SupportedEncoding> offered) {
    Option<WeightsFormat> format = WeightsFormat.ofPath(path);
    if (format.isEmpty()) {
      return Validation.invalid(notAWeightFile(path));
    }
    Option<RepoFile> file = weights.file(path);
    if (file.isEmpty()) {
      return Validation.valid(Option.none());
    }
    if (format.get() == WeightsFormat.GGUF) {
      Option<SupportedEncoding> encoding = RepoEncodings.ofGguf(weights, file.get());
      return encoding.isDefined()
          ? Validation.valid(encoding)
          : Validation.invalid(
              new ConfigError(
                  ErrorCode.GGUF_ENCODING_UNKNOWN,
                  "weight_path",
                  "'"
                      + path
                      + "' is a gguf file, but neither its header nor its name gives an encoding "
                      + "modelconfig supports.",
                  "Pass --quantization-encoding, or use a gguf file in one of "
                      + SupportedEncoding.wireNames()
                      + "."));
    }
    Option<SupportedEncoding> declared = RepoEncodings.declared(weights);
    if (declared.isDefined()) {
      return Validation.valid(declared);
    }
    Option<SupportedEncoding> encoding =
        Option.of(weights.safetensorsHeaders().get(path))
            .map(SafetensorsHeader::parametersByDtype)
            .orElse(() -> weights.hubCountsForSafetensors().map(ParameterCounts::byDtype))
            .flatMap(WeightFileEncoding::dominant)
            .orElse(() -> FileNameEncoding.of(path))
            .orElse(() -> offered.isEmpty() ? Option.none() : Option.of(offered.get(0)));
    return Validation.valid(encoding);
  }

  /** The encoding of the dtype holding the most parameters (the first one on a tie). */
  private static Option<SupportedEncoding> dominant(Map<String, Long> parametersByDtype) {
    return Option.ofOptional(
        parametersByDtype.entrySet().stream()
            .filter(e -> SafetensorsDtypeEncoding.of(e.getKey()).isDefined())
            .max(Comparator.comparingLong(Map.Entry::getValue))
            .flatMap(e -> SafetensorsDtypeEncoding.of(e.getKey()).toJavaOptional()));
  }

  private static ConfigError notAWeightFile(String path) {
    return new ConfigError(
        ErrorCode.NOT_A_WEIGHT_FILE,
        "weight_path",
        "weight path '" + path + "' is not a gguf or safetensors file.",
        "Point --weight-path at .safetensors or .gguf files.");
  }
}
