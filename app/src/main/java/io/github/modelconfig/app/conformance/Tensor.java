package io.github.modelconfig.app.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Conformance: one tensor of a described weight file: its name, its dtype (safetensors) or GGML
 * type (GGUF), and its shape. A description with {@code "repeat": N} stands for N tensors whose
 * names replace {@code {i}} with 0..N-1 (one line for every layer).
 */
record Tensor(String name, String type, List<Long> shape) {

  Tensor {
    shape = List.copyOf(shape);
  }

  long elements() {
    return shape.stream().reduce(1L, Math::multiplyExact);
  }

  /** The tensors of a description's {@code tensors} array, repeats expanded, in order. */
  static List<Tensor> expand(JsonNode tensors) {
    List<Tensor> all = new ArrayList<>();
    for (JsonNode t : tensors) {
      List<Long> shape = new ArrayList<>();
      t.path("shape").forEach(d -> shape.add(d.asLong()));
      String type = t.has("dtype") ? t.get("dtype").asText() : t.path("type").asText();
      int repeat = t.path("repeat").asInt(1);
      String name = t.path("name").asText();
      for (int i = 0; i < repeat; i++) {
        all.add(new Tensor(name.replace("{i}", Integer.toString(i)), type, shape));
      }
    }
    return all;
  }
}
