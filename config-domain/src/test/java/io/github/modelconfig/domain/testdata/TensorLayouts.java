package io.github.modelconfig.domain.testdata;

import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Test data: the safetensors header of a quantized checkpoint's tensor layout, read from test
 * resources {@code fixtures/quantized/<name>/layout.txt} ({@code name dtype [d0, d1]} a line; the
 * spans follow one another in file order).
 */
public final class TensorLayouts {

  private static final Map<String, Integer> BYTES =
      Map.of("F32", 4, "I32", 4, "F16", 2, "BF16", 2, "F8_E4M3", 1, "U8", 1);

  private TensorLayouts() {}

  public static SafetensorsHeader header(String name) {
    String path = "/fixtures/quantized/" + name + "/layout.txt";
    List<TensorInfo> tensors = new ArrayList<>();
    long offset = 0;
    for (String line : lines(path)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split(" ", 3);
      List<Long> shape = new ArrayList<>();
      String dims = parts[2].replaceAll("[\\[\\] ]", "");
      long bytes = BYTES.get(parts[1]);
      if (!dims.isEmpty()) {
        for (String d : dims.split(",")) {
          shape.add(Long.parseLong(d));
          bytes *= Long.parseLong(d);
        }
      }
      tensors.add(new TensorInfo(parts[0], parts[1], shape, offset, offset + bytes));
      offset += bytes;
    }
    return new SafetensorsHeader(tensors, Map.of("format", "pt"), 4096);
  }

  public static io.github.modelconfig.domain.model.RawModelConfig config(String name) {
    return TestConfigs.resourceConfig("/fixtures/quantized/" + name + "/config.json");
  }

  private static List<String> lines(String path) {
    try (InputStream in = TensorLayouts.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no layout " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    }
  }
}
