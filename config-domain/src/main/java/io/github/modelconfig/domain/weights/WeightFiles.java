package io.github.modelconfig.domain.weights;

import io.github.modelconfig.domain.encoding.FileNameEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rule: a repo's weight files by format (reference §6.4–6.5): every GGUF; safetensors, dropping
 * {@code consolidated*} files when there are others; and the files that serve an encoding.
 */
public final class WeightFiles {

  private WeightFiles() {}

  public static Map<WeightsFormat, List<RepoFile>> byFormat(List<RepoFile> files) {
    List<RepoFile> gguf = new ArrayList<>();
    List<RepoFile> safetensors = new ArrayList<>();
    for (RepoFile f : files) {
      f.format().forEach(format -> (format == WeightsFormat.GGUF ? gguf : safetensors).add(f));
    }
    if (safetensors.size() > 1) {
      safetensors.removeIf(f -> f.path().contains("consolidated"));
    }
    Map<WeightsFormat, List<RepoFile>> result = new LinkedHashMap<>();
    if (!gguf.isEmpty()) {
      result.put(WeightsFormat.GGUF, List.copyOf(gguf));
    }
    if (!safetensors.isEmpty()) {
      result.put(WeightsFormat.SAFETENSORS, List.copyOf(safetensors));
    }
    return result;
  }

  /**
   * GGUF files named for {@code encoding}, then all safetensors when {@code safetensorsEncodings}
   * (what the safetensors files hold, not the GGUF files) contains it.
   */
  public static Map<WeightsFormat, List<RepoFile>> forEncoding(
      SupportedEncoding encoding,
      List<RepoFile> files,
      List<SupportedEncoding> safetensorsEncodings) {
    return forEncoding(encoding, files, safetensorsEncodings, f -> FileNameEncoding.of(f.path()));
  }

  /** As above, with each GGUF file's encoding given by {@code ggufEncoding} (e.g. its header). */
  public static Map<WeightsFormat, List<RepoFile>> forEncoding(
      SupportedEncoding encoding,
      List<RepoFile> files,
      List<SupportedEncoding> safetensorsEncodings,
      Function<RepoFile, Option<SupportedEncoding>> ggufEncoding) {
    Map<WeightsFormat, List<RepoFile>> result = new LinkedHashMap<>();
    Map<WeightsFormat, List<RepoFile>> all = byFormat(files);
    List<RepoFile> gguf =
        all.getOrDefault(WeightsFormat.GGUF, List.of()).stream()
            .filter(f -> ggufEncoding.apply(f).contains(encoding))
            .toList();
    if (!gguf.isEmpty()) {
      result.put(WeightsFormat.GGUF, gguf);
    }
    if (safetensorsEncodings.contains(encoding) && all.containsKey(WeightsFormat.SAFETENSORS)) {
      result.put(WeightsFormat.SAFETENSORS, all.get(WeightsFormat.SAFETENSORS));
    }
    return result;
  }
}
