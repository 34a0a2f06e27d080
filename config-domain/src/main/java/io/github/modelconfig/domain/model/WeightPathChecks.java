package io.github.modelconfig.domain.model;

import io.github.modelconfig.domain.encoding.SafetensorsDtypeEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ModelError;
import io.github.modelconfig.domain.error.RequestError;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.TensorInfo;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rule: checks an explicit {@code weight_path} against the repo (reference §6.2, §6.4, §6.6-6.7):
 * each file is safetensors or GGUF, all of one format, and listed in the repo; and the encoding of
 * one weight file ({@code encoding_for_file}).
 */
public final class WeightPathChecks {

  private WeightPathChecks() {}

  /**
   * Every problem with the given paths. Paths outside the repo (absolute, {@code ..}) are left to
   * weight-path parsing; an HF cache snapshot may lack files it has not downloaded, so existence is
   * checked only for local folders and Hub listings.
   */
  public static List<ConfigError> check(List<String> weightPath, ModelSnapshot snapshot) {
    List<ConfigError> errors = new ArrayList<>();
    Set<WeightsFormat> formats = EnumSet.noneOf(WeightsFormat.class);
    for (String path : weightPath) {
      Option<WeightsFormat> format = WeightsFormat.ofPath(path);
      if (format.isEmpty()) {
        errors.add(notWeights(path));
        continue;
      }
      formats.add(format.get());
      if (insideRepo(path)
          && snapshot.kind() != RepoKind.HF_CACHE
          && snapshot.file(path).isEmpty()) {
        errors.add(missing(path, snapshot));
      }
    }
    if (formats.size() > 1) {
      errors.add(
          new RequestError(
              "mixed_weight_formats",
              "weight_path",
              "weights type cannot be inferred from "
                  + weightPath
                  + ": it mixes GGUF and safetensors.",
              "Pass weight files of one format with --weight-path."));
    }
    return errors;
  }

  /**
   * MAX's {@code encoding_for_file}: a safetensors file by its header's dtypes when read, else the
   * repo's first encoding; a GGUF file by its header, else its name; any other file is an error.
   */
  public static Validation<ConfigError, SupportedEncoding> encodingForFile(
      ModelSnapshot snapshot, String path) {
    Option<WeightsFormat> format = WeightsFormat.ofPath(path);
    if (format.isEmpty()) {
      return Validation.invalid(notWeights(path));
    }
    if (format.get() == WeightsFormat.GGUF) {
      return RepoEncodings.ofGguf(snapshot, new RepoFile(path, Option.none()))
          .toValidation(
              () ->
                  new ModelError(
                      "unknown_weight_encoding",
                      "weight_path",
                      "gguf file, but encoding not found in file name: " + path + ".",
                      "Pass --quantization-encoding, or use a GGUF file whose header or name "
                          + "gives its encoding (e.g. ...-q4_k_m.gguf)."));
    }
    Option<SupportedEncoding> fromHeader =
        Option.of(snapshot.safetensorsHeaders().get(path)).flatMap(WeightPathChecks::encodingOf);
    return fromHeader
        .orElse(() -> Option.ofOptional(RepoEncodings.of(snapshot).stream().findFirst()))
        .toValidation(
            () ->
                new ModelError(
                    "unknown_weight_encoding",
                    "weight_path",
                    "encoding cannot be inferred from weights file: " + path + ".",
                    "Pass --quantization-encoding explicitly."));
  }

  private static Option<SupportedEncoding> encodingOf(SafetensorsHeader header) {
    Set<SupportedEncoding> found = EnumSet.noneOf(SupportedEncoding.class);
    for (TensorInfo tensor : header.tensors()) {
      SafetensorsDtypeEncoding.of(tensor.dtype()).forEach(found::add);
    }
    return Option.ofOptional(
        SupportedEncoding.PREFERENCE_ORDER.stream().filter(found::contains).findFirst());
  }

  private static boolean insideRepo(String path) {
    return !path.startsWith("/")
        && !path.contains("\\")
        && !path.equals("..")
        && !path.startsWith("../")
        && !path.contains("/../")
        && !path.endsWith("/..");
  }

  private static ConfigError notWeights(String path) {
    return new RequestError(
        "unsupported_weight_format",
        "weight_path",
        "weight path: " + path + " not gguf or safetensors, cannot infer encoding from file.",
        "Pass .safetensors or .gguf files with --weight-path.");
  }

  private static ConfigError missing(String path, ModelSnapshot snapshot) {
    String where =
        snapshot.kind() == RepoKind.LOCAL_FOLDER
            ? "Weight file '"
                + path
                + "' not found within the local repository path '"
                + snapshot.repoId()
                + "'."
            : "weight_path: '"
                + path
                + "' does not exist in the repo '"
                + snapshot.repoId()
                + "' on Hugging Face.";
    return new ModelError(
        "weight_file_not_found",
        "weight_path",
        where,
        "Check the file name (repo-relative, e.g. model.safetensors), or drop --weight-path "
            + "to use the repo's files for the encoding.");
  }
}
