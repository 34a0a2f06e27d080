package io.github.modelconfig.domain.testdata;

import io.github.modelconfig.domain.model.RawModelConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data: model config files: the tiny Llama's, real ones from test resources, maps. */
public final class TestConfigs {

  private TestConfigs() {}

  /** The config.json of examples/tiny-llama (2 layers, 2 KV heads of 16, 2048 positions). */
  public static Map<String, Object> tinyLlama(String architecture) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("architectures", List.of(architecture));
    config.put("model_type", "llama");
    config.put("hidden_size", 64);
    config.put("head_dim", 16);
    config.put("num_attention_heads", 4);
    config.put("num_hidden_layers", 2);
    config.put("num_key_value_heads", 2);
    config.put("max_position_embeddings", 2048);
    config.put("vocab_size", 256);
    return config;
  }

  public static Map<String, Object> tinyLlama() {
    return tinyLlama("LlamaForCausalLM");
  }

  /** Nested maps become nested configs, as the JSON readers build them. */
  public static RawModelConfig raw(Map<String, ?> values) {
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? raw(cast(m)) : v));
    return RawModelConfig.of(copy);
  }

  /** The real config file {@code file} of a model under test resources {@code fixtures/models}. */
  public static RawModelConfig fixture(String model, String file) {
    return resource("/fixtures/models/" + model + "/" + file);
  }

  /**
   * The config.json of a recent model the registry was not tuned on, under test resources {@code
   * fixtures/recent} (sources in its SOURCES.md).
   */
  public static RawModelConfig recent(String model) {
    return resource("/fixtures/recent/" + model + "/config.json");
  }

  /** A config file under test resources, by its absolute resource path. */
  public static RawModelConfig resourceConfig(String path) {
    return resource(path);
  }

  private static RawModelConfig resource(String path) {
    try (InputStream in = ModelSnapshotBuilder.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return TestJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Map<?, ?> map) {
    return (Map<String, ?>) map;
  }
}
