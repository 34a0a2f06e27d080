package io.github.modelconfig.application.service;

import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.WeightFiles;
import io.github.modelconfig.domain.weights.WeightsFormat;
import java.util.List;
import java.util.Map;

/**
 * Rule: the files a download fetches: every non-weight file, and the weights the resolver would
 * load (safetensors when the repo has them, else its GGUF files); never the {@code original/}
 * duplicates or other weight formats ({@code .bin}, {@code .pth}).
 */
final class DownloadSelection {

  private static final List<String> OTHER_WEIGHTS =
      List.of(".bin", ".pth", ".pt", ".ckpt", ".h5", ".msgpack", ".onnx", ".ot", ".tflite");

  private DownloadSelection() {}

  static List<RepoFile> select(List<RepoFile> files) {
    Map<WeightsFormat, List<RepoFile>> weights = WeightFiles.byFormat(files);
    List<RepoFile> chosen =
        weights.containsKey(WeightsFormat.SAFETENSORS)
            ? weights.get(WeightsFormat.SAFETENSORS)
            : weights.getOrDefault(WeightsFormat.GGUF, List.of());
    return files.stream()
        .filter(f -> !f.path().startsWith("original/"))
        .filter(f -> f.format().isDefined() ? chosen.contains(f) : !otherWeights(f))
        .toList();
  }

  private static boolean otherWeights(RepoFile file) {
    String name = file.path().toLowerCase(java.util.Locale.ROOT);
    return OTHER_WEIGHTS.stream().anyMatch(name::endsWith);
  }
}
