package io.github.modelconfig.app.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Conformance: writes a real safetensors file from a case's description of its tensors (name,
 * dtype, shape): the 8-byte length, the JSON header with data offsets, and a sparse data section of
 * the exact size, so a 16 GB checkpoint costs a few kilobytes of disk.
 */
final class SafetensorsFile {

  /** Bytes per element of the safetensors dtypes (the format's README). */
  private static final Map<String, Integer> BYTES =
      Map.ofEntries(
          Map.entry("F64", 8),
          Map.entry("F32", 4),
          Map.entry("F16", 2),
          Map.entry("BF16", 2),
          Map.entry("F8_E4M3", 1),
          Map.entry("F8_E5M2", 1),
          Map.entry("I64", 8),
          Map.entry("I32", 4),
          Map.entry("I16", 2),
          Map.entry("I8", 1),
          Map.entry("U8", 1),
          Map.entry("BOOL", 1));

  private static final ObjectMapper JSON = new ObjectMapper();

  private SafetensorsFile() {}

  /** Writes {@code file} from {@code description} ({@code tensors}, optional {@code metadata}). */
  static void write(Path file, JsonNode description) throws IOException {
    ObjectNode header = JSON.createObjectNode();
    if (description.has("metadata")) {
      header.set("__metadata__", description.get("metadata"));
    }
    long offset = 0;
    for (Tensor tensor : Tensor.expand(description.path("tensors"))) {
      Integer width = BYTES.get(tensor.type());
      if (width == null) {
        throw new IllegalArgumentException(
            "tensor " + tensor.name() + ": unknown safetensors dtype " + tensor.type());
      }
      long bytes = tensor.elements() * width;
      ObjectNode entry = header.putObject(tensor.name());
      entry.put("dtype", tensor.type());
      tensor.shape().forEach(entry.putArray("shape")::add);
      entry.putArray("data_offsets").add(offset).add(offset + bytes);
      offset += bytes;
    }
    byte[] text = JSON.writeValueAsString(header).getBytes(StandardCharsets.UTF_8);
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(text.length).array());
      out.write(text);
      out.setLength(8L + text.length + offset);
    }
  }
}
