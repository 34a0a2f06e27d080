package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.DownloadQuery;
import io.github.modelconfig.domain.encoding.FileNameEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.WeightFiles;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Rule: the files a download fetches: every non-weight file, and one set of weights: the files
 * named by {@code --weight-path}; else the GGUF files of the asked encoding (or the safetensors);
 * else the safetensors, or the GGUF files when they are all of one encoding. A GGUF repo with
 * several quantizations is never fetched whole by accident: the user is asked to choose. Never the
 * {@code original/} duplicates or other weight formats ({@code .bin}, {@code .pth}).
 */
final class DownloadSelection {

  private static final List<String> OTHER_WEIGHTS =
      List.of(".bin", ".pth", ".pt", ".ckpt", ".h5", ".msgpack", ".onnx", ".ot", ".tflite");

  private DownloadSelection() {}

  static Validation<ConfigError, List<RepoFile>> select(List<RepoFile> files, DownloadQuery query) {
    return weights(files, query)
        .map(
            chosen ->
                files.stream()
                    .filter(f -> !f.path().startsWith("original/") || chosen.contains(f))
                    .filter(f -> f.format().isDefined() ? chosen.contains(f) : !otherWeights(f))
                    .toList());
  }

  private static Validation<ConfigError, List<RepoFile>> weights(
      List<RepoFile> files, DownloadQuery query) {
    if (!query.weightPath().isEmpty()) {
      List<String> missing =
          query.weightPath().stream()
              .filter(p -> files.stream().noneMatch(f -> f.path().equals(p)))
              .toList();
      return missing.isEmpty()
          ? Validation.valid(
              files.stream().filter(f -> query.weightPath().contains(f.path())).toList())
          : Validation.invalid(missing(query.repoId(), missing));
    }
    Map<WeightsFormat, List<RepoFile>> weights = WeightFiles.byFormat(files);
    List<RepoFile> gguf = weights.getOrDefault(WeightsFormat.GGUF, List.of());
    List<RepoFile> safetensors = weights.getOrDefault(WeightsFormat.SAFETENSORS, List.of());
    if (query.quantizationEncoding().isDefined()) {
      SupportedEncoding e = query.quantizationEncoding().get();
      List<RepoFile> named =
          gguf.stream().filter(f -> FileNameEncoding.of(f.path()).contains(e)).toList();
      List<RepoFile> chosen = named.isEmpty() ? safetensors : named;
      return chosen.isEmpty()
          ? Validation.invalid(noneFor(query.repoId(), e, encodings(gguf)))
          : Validation.valid(chosen);
    }
    if (!safetensors.isEmpty()) {
      return Validation.valid(safetensors);
    }
    TreeSet<String> encodings = encodings(gguf);
    return encodings.size() > 1
        ? Validation.invalid(choose(query.repoId(), gguf.size(), encodings))
        : Validation.valid(gguf);
  }

  /** The encodings GGUF file names carry ({@code ?} for a name that carries none). */
  private static TreeSet<String> encodings(List<RepoFile> gguf) {
    TreeSet<String> names = new TreeSet<>();
    gguf.forEach(
        f ->
            names.add(
                FileNameEncoding.of(f.path()).map(SupportedEncoding::wireName).getOrElse("?")));
    return names;
  }

  private static boolean otherWeights(RepoFile file) {
    String name = file.path().toLowerCase(Locale.ROOT);
    return OTHER_WEIGHTS.stream().anyMatch(name::endsWith);
  }

  private static ConfigError missing(RepoId repo, List<String> paths) {
    return new ConfigError(
        ErrorCode.WEIGHT_FILE_NOT_FOUND,
        "weight_path",
        "'" + repo + "' has no file " + String.join(", ", paths) + ".",
        "Check the names with 'modelconfig inspect " + repo + "'.");
  }

  private static ConfigError noneFor(RepoId repo, SupportedEncoding e, TreeSet<String> gguf) {
    return new ConfigError(
        ErrorCode.NO_COMPATIBLE_WEIGHTS,
        "quantization_encoding",
        "'"
            + repo
            + "' has no weights for '"
            + e.wireName()
            + "'"
            + (gguf.isEmpty() ? "." : "; its GGUF files are " + gguf + "."),
        "Pick one of the repo's encodings with --quantization-encoding, or name files with "
            + "--weight-path.");
  }

  private static ConfigError choose(RepoId repo, int files, TreeSet<String> encodings) {
    return new ConfigError(
        ErrorCode.AMBIGUOUS_WEIGHTS,
        "quantization_encoding",
        "'"
            + repo
            + "' has "
            + files
            + " GGUF files in "
            + encodings.size()
            + " encodings "
            + encodings
            + "; downloading them all is rarely wanted.",
        "Choose with --quantization-encoding "
            + Option.of(encodings.first()).getOrElse("q4_k")
            + " or --weight-path FILE.");
  }
}
