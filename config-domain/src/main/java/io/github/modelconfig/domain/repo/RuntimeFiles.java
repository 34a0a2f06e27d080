package io.github.modelconfig.domain.repo;

import io.github.modelconfig.domain.weights.RepoFile;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule: the files a runtime needs from a resolved model besides its weights: the config files
 * ({@code *.json}: config, generation config, model index and component configs, tokenizer and
 * processor configs), tokenizer files ({@code tokenizer*}, {@code *.model}, {@code *.tiktoken},
 * {@code merges.txt}, {@code vocab.*}) and chat templates ({@code *.jinja}); never {@code
 * original/}, never weight indexes (the resolved weights' own is added with them), never weights.
 */
public final class RuntimeFiles {

  private static final List<String> OTHER_WEIGHTS =
      List.of(".bin", ".pth", ".pt", ".ckpt", ".h5", ".msgpack", ".onnx", ".ot", ".tflite");

  private RuntimeFiles() {}

  /** The runtime files of a listing. */
  public static Set<String> of(List<RepoFile> files) {
    Set<String> chosen = new TreeSet<>();
    for (RepoFile file : files) {
      String path = file.path();
      String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      if (path.startsWith("original/")
          || file.format().isDefined()
          || OTHER_WEIGHTS.stream().anyMatch(name::endsWith)
          || name.endsWith(".index.json")) {
        continue;
      }
      if (name.endsWith(".json")
          || name.startsWith("tokenizer")
          || name.endsWith(".model")
          || name.endsWith(".tiktoken")
          || name.endsWith(".jinja")
          || name.equals("merges.txt")
          || name.startsWith("vocab.")) {
        chosen.add(path);
      }
    }
    return chosen;
  }

  /** The weight files and the safetensors index beside them, as a runtime loads them. */
  public static Set<String> weights(List<RepoFile> files, List<String> weightPath) {
    Set<String> chosen = new TreeSet<>(weightPath);
    for (String weight : weightPath) {
      String folder = weight.contains("/") ? weight.substring(0, weight.lastIndexOf('/') + 1) : "";
      files.stream()
          .map(RepoFile::path)
          .filter(p -> p.startsWith(folder) && p.indexOf('/', folder.length()) < 0)
          .filter(p -> p.endsWith(".safetensors.index.json") && weight.endsWith(".safetensors"))
          .forEach(chosen::add);
    }
    return chosen;
  }
}
