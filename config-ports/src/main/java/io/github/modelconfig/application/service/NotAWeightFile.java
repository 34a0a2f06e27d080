package io.github.modelconfig.application.service;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Set;

/**
 * Rule: an {@code inspect} target that names a file inspect does not read (a config, tokenizer or
 * text file, or weights of a format it does not parse), refused before anything is looked up.
 */
final class NotAWeightFile {

  private static final Set<String> OTHER_FILES =
      Set.of(
          "json",
          "txt",
          "md",
          "yaml",
          "yml",
          "model",
          "jinja",
          "tiktoken",
          "py",
          "bin",
          "pt",
          "pth",
          "ckpt",
          "h5",
          "msgpack",
          "onnx");

  private NotAWeightFile() {}

  static Option<ConfigError> of(String target) {
    String name = target.substring(target.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (name.toLowerCase(Locale.ROOT).endsWith(".safetensors.index.json")
        || !OTHER_FILES.contains(extension)) {
      return Option.none();
    }
    String folder = target.contains("/") ? target.substring(0, target.lastIndexOf('/')) : ".";
    return Option.of(
        new ConfigError(
            ErrorCode.NOT_A_WEIGHT_FILE,
            "model_path",
            "'"
                + target
                + "' is not a weight file inspect reads: it takes a safetensors file"
                + " (.safetensors), a sharded index (.safetensors.index.json), a GGUF file"
                + " (.gguf), or a folder, cached repo or Hub repo id (org/name) holding them.",
            "Inspect the weights beside it ('modelconfig inspect "
                + folder
                + "'); for what config.json says, run 'modelconfig resolve "
                + folder
                + "'."));
  }
}
