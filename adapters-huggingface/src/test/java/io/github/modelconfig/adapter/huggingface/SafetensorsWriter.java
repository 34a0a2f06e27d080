package io.github.modelconfig.adapter.huggingface;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Test fixture: writes real safetensors files (header padded to 8 bytes, then little-endian data),
 * with tensor data from a generator, or as a sparse file when the data does not matter.
 */
public final class SafetensorsWriter {

  /** One tensor to write. */
  public record Tensor(String name, String dtype, List<Long> shape, int bytesPerElement) {
    long bytes() {
      long n = bytesPerElement;
      for (long d : shape) {
        n *= d;
      }
      return n;
    }
  }

  private final List<Tensor> tensors = new ArrayList<>();
  private final Map<String, String> metadata;

  public SafetensorsWriter(Map<String, String> metadata) {
    this.metadata = metadata;
  }

  public SafetensorsWriter add(String name, String dtype, int bytesPerElement, long... shape) {
    List<Long> dims = new ArrayList<>();
    for (long d : shape) {
      dims.add(d);
    }
    tensors.add(new Tensor(name, dtype, dims, bytesPerElement));
    return this;
  }

  /** The header bytes: u64 length, then JSON padded with spaces to a multiple of 8. */
  public byte[] header() {
    StringBuilder json = new StringBuilder("{");
    if (!metadata.isEmpty()) {
      json.append("\"__metadata__\":{");
      metadata.forEach(
          (k, v) -> json.append('"').append(k).append("\":\"").append(v).append("\","));
      json.setLength(json.length() - 1);
      json.append("},");
    }
    long offset = 0;
    for (Tensor t : tensors) {
      json.append('"')
          .append(t.name())
          .append("\":{\"dtype\":\"")
          .append(t.dtype())
          .append("\",\"shape\":")
          .append(t.shape().toString().replace(" ", ""))
          .append(",\"data_offsets\":[")
          .append(offset)
          .append(',')
          .append(offset + t.bytes())
          .append("]},");
      offset += t.bytes();
    }
    json.setLength(json.length() - 1);
    json.append('}');
    byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
    int padded = (body.length + 7) / 8 * 8;
    ByteBuffer b = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(padded).put(body);
    while (b.hasRemaining()) {
      b.put((byte) ' ');
    }
    return b.array();
  }

  public long dataBytes() {
    return tensors.stream().mapToLong(Tensor::bytes).sum();
  }

  /** Writes the header and data; {@code element} gives each float32 element by its global index. */
  public void writeFloat32(Path file, LongFunction<Float> element) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(header());
      ByteBuffer chunk = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
      long count = dataBytes() / 4;
      for (long i = 0; i < count; i++) {
        if (!chunk.hasRemaining()) {
          out.write(chunk.array());
          chunk.clear();
        }
        chunk.putFloat(element.apply(i));
      }
      out.write(chunk.array(), 0, chunk.position());
    }
  }

  /** Writes the header and extends the file to its full size without writing data (sparse). */
  public void writeSparse(Path file) throws IOException {
    byte[] header = header();
    try (var channel =
        java.nio.channels.FileChannel.open(
            file,
            java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
            java.nio.file.StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(header));
      long end = header.length + dataBytes();
      if (end > header.length) {
        channel.write(ByteBuffer.wrap(new byte[] {0}), end - 1);
      }
    }
  }
}
