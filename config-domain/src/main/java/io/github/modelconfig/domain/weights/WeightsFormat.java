package io.github.modelconfig.domain.weights;

import io.vavr.control.Option;
import java.util.Locale;

/** Value: a weight file format, recognised by its extension. */
public enum WeightsFormat {
  GGUF("gguf", ".gguf"),
  SAFETENSORS("safetensors", ".safetensors");

  private final String wireName;
  private final String extension;

  WeightsFormat(String wireName, String extension) {
    this.wireName = wireName;
    this.extension = extension;
  }

  public String wireName() {
    return wireName;
  }

  public String extension() {
    return extension;
  }

  /** The format of a path by its extension (case-insensitive). */
  public static Option<WeightsFormat> ofPath(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    for (WeightsFormat f : values()) {
      if (lower.endsWith(f.extension)) {
        return Option.of(f);
      }
    }
    return Option.none();
  }
}
