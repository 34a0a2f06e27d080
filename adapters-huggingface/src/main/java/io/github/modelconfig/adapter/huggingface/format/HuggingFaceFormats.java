package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.WeightsInspector;

/**
 * Driven-adapter factory: the Hugging Face file formats (config JSON, safetensors headers, GGUF
 * metadata), read from bytes and byte sources wherever they come from; the only public type of this
 * package.
 */
public final class HuggingFaceFormats {

  private HuggingFaceFormats() {}

  public static ModelFileParser modelFileParser() {
    return new JacksonModelFileParser();
  }

  public static WeightsInspector weightsInspector() {
    return new HeaderWeightsInspector();
  }
}
