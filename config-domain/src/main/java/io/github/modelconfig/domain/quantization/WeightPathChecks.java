package io.github.modelconfig.domain.quantization;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: the weight files the user named (reference §6.2, §6.7): gguf or safetensors files of one
 * format that the weights repo holds; then the encoding of the first one (reference §6.4), none
 * when no weight path was given.
 */
public final class WeightPathChecks {

  private WeightPathChecks() {}

  public static Validation<Seq<ConfigError>, Option<SupportedEncoding>> check(
      List<String> weightPath, ModelSnapshot weights, List<SupportedEncoding> offered) {
    List<ConfigError> errors = new ArrayList<>(WeightFileEncoding.formatErrors(weightPath));
    weightPath.stream()
        .filter(path -> WeightsFormat.ofPath(path).isDefined())
        .filter(path -> weights.file(path).isEmpty())
        .forEach(path -> errors.add(notFound(path, weights.repoId())));
    if (!errors.isEmpty()) {
      return Validation.invalid(Vector.ofAll(errors));
    }
    if (weightPath.isEmpty()) {
      return Validation.valid(Option.none());
    }
    return WeightFileEncoding.of(weights, weightPath.get(0), offered).mapError(Vector::of);
  }

  private static ConfigError notFound(String path, String repoId) {
    return new ConfigError(
        ErrorCode.WEIGHT_FILE_NOT_FOUND,
        "weight_path",
        "weight file '" + path + "' is not in '" + repoId + "'.",
        "Check the name against the repo's files (modelconfig inspect " + repoId + ").");
  }
}
