package io.github.modelconfig.domain.weights;

import io.vavr.control.Option;

/** Value: a weight file format, recognised by its extension. */
public enum WeightsFormat {
  GGUF("gguf", ".gguf"),
  SAFETENSORS("safetensors", ".safetensors");

  /** The constants, without the copy {@code values()} makes on every call. */
  private static final WeightsFormat[] ALL = values();

  private final String wireName;
  private final String extension;
  private final Option<WeightsFormat> some;

  WeightsFormat(String wireName, String extension) {
    this.wireName = wireName;
    this.extension = extension;
    this.some = Option.of(this);
  }

  public String wireName() {
    return wireName;
  }

  public String extension() {
    return extension;
  }

  /**
   * The format of a path by its extension (case-insensitive). Allocates nothing: it runs for every
   * file of a repo on every resolve.
   */
  public static Option<WeightsFormat> ofPath(String path) {
    for (WeightsFormat f : ALL) {
      int start = path.length() - f.extension.length();
      if (start >= 0 && path.regionMatches(true, start, f.extension, 0, f.extension.length())) {
        return f.some;
      }
    }
    return Option.none();
  }
}
