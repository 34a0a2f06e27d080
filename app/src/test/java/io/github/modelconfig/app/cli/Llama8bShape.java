package io.github.modelconfig.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test fixture: the tiny-llama example reshaped as Llama-3.1-8B (32 layers, 32 heads, 8 KV heads,
 * head_dim 128, 131,072 positions); its weights stay tiny.
 */
final class Llama8bShape {

  private Llama8bShape() {}

  /** The reshaped model written to the new folder {@code folder}; that folder. */
  static Path write(Path folder) throws IOException {
    Path model = Files.createDirectories(folder);
    Path example = Path.of("..", "examples", "tiny-llama");
    for (String f : List.of("config.json", "generation_config.json", "model.safetensors")) {
      Files.copy(example.resolve(f), model.resolve(f));
    }
    String config =
        Files.readString(model.resolve("config.json"))
            .replace("\"head_dim\": 16", "\"head_dim\": 128")
            .replace("\"max_position_embeddings\": 2048", "\"max_position_embeddings\": 131072")
            .replace("\"num_attention_heads\": 4", "\"num_attention_heads\": 32")
            .replace("\"num_hidden_layers\": 2", "\"num_hidden_layers\": 32")
            .replace("\"num_key_value_heads\": 2", "\"num_key_value_heads\": 8");
    Files.writeString(model.resolve("config.json"), config);
    return model;
  }
}
