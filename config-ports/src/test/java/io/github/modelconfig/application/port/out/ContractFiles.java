package io.github.modelconfig.application.port.out;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test data: the files the port contracts publish: a config and a 300-byte "weight" file. */
public final class ContractFiles {

  public static final String CONFIG = "config.json";

  public static final String WEIGHTS = "weights/model.safetensors";

  /** {@code {"model_type":"llama"}}, 22 bytes. */
  public static final byte[] CONFIG_BYTES =
      "{\"model_type\":\"llama\"}".getBytes(StandardCharsets.UTF_8);

  private ContractFiles() {}

  /** The two files, by path; byte {@code i} of the weights is {@code (byte) i}. */
  public static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(CONFIG, CONFIG_BYTES.clone());
    byte[] weights = new byte[300];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (byte) i;
    }
    files.put(WEIGHTS, weights);
    return Collections.unmodifiableMap(files);
  }
}
