package io.github.modelconfig.adapter.huggingface;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixture: a tiny-llama repo folder split into {@code shards} safetensors files (each a full
 * copy of the tiny-llama weights, 427,264 data bytes), with its config and index.
 */
public final class ShardedRepoFixture {

  /** The config.json of the tiny-llama example. */
  public static final String CONFIG =
      "{\"architectures\":[\"LlamaForCausalLM\"],\"model_type\":\"llama\",\"hidden_size\":64,"
          + "\"intermediate_size\":128,\"num_attention_heads\":4,\"num_hidden_layers\":2,"
          + "\"num_key_value_heads\":2,\"head_dim\":16,\"vocab_size\":256,"
          + "\"max_position_embeddings\":2048,\"rms_norm_eps\":1e-05,\"rope_theta\":10000.0,"
          + "\"torch_dtype\":\"float32\",\"tie_word_embeddings\":false}";

  private ShardedRepoFixture() {}

  public static Path write(Path folder, int shards) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("config.json"), CONFIG, StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("generation_config.json"),
        "{\"bos_token_id\":1,\"eos_token_id\":2,\"temperature\":0.6}",
        StandardCharsets.UTF_8);
    StringBuilder map = new StringBuilder();
    for (int i = 1; i <= shards; i++) {
      String name = shardName(i, shards);
      TinyLlamaExample.write(folder.resolve(name));
      map.append(i == 1 ? "" : ",")
          .append("\"shard")
          .append(i)
          .append("\":\"")
          .append(name)
          .append('"');
    }
    Files.writeString(
        folder.resolve("model.safetensors.index.json"),
        "{\"metadata\":{},\"weight_map\":{" + map + "}}",
        StandardCharsets.UTF_8);
    return folder;
  }

  public static String shardName(int index, int shards) {
    return String.format("model-%05d-of-%05d.safetensors", index, shards);
  }
}
