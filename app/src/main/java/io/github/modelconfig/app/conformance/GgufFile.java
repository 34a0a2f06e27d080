package io.github.modelconfig.app.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Conformance: writes a real GGUF v3 file from a case's description: metadata key-values, tensor
 * infos (name, GGML type, dims innermost first) with aligned offsets, and a sparse data section of
 * the exact size. Layout and type ids: ggml's docs/gguf.md and ggml.h (GGML_TYPE_*).
 */
final class GgufFile {

  /** GGML type: id, elements per block, bytes per block. */
  private record GgmlType(int id, int block, int bytes) {}

  private static final Map<String, GgmlType> TYPES =
      Map.of(
          "F32", new GgmlType(0, 1, 4),
          "F16", new GgmlType(1, 1, 2),
          "Q4_0", new GgmlType(2, 32, 18),
          "Q8_0", new GgmlType(8, 32, 34),
          "Q4_K", new GgmlType(12, 256, 144),
          "Q5_K", new GgmlType(13, 256, 176),
          "Q6_K", new GgmlType(14, 256, 210),
          "BF16", new GgmlType(30, 1, 2));

  private static final long ALIGNMENT = 32;

  private GgufFile() {}

  /** Writes {@code file} from {@code description} ({@code metadata}, {@code tensors}). */
  static void write(Path file, JsonNode description) throws IOException {
    List<Tensor> tensors = Tensor.expand(description.path("tensors"));
    JsonNode metadata = description.path("metadata");
    long size;
    try (OutputStream raw = Files.newOutputStream(file);
        GgufOut out = new GgufOut(new BufferedOutputStream(raw))) {
      out.raw("GGUF".getBytes(StandardCharsets.US_ASCII)).u32(3).u64(tensors.size());
      out.u64(metadata.size());
      for (Map.Entry<String, JsonNode> kv :
          (Iterable<Map.Entry<String, JsonNode>>) metadata::fields) {
        out.str(kv.getKey());
        GgufValues.write(out, kv.getKey(), kv.getValue());
      }
      long offset = 0;
      for (Tensor tensor : tensors) {
        GgmlType type = TYPES.get(tensor.type());
        if (type == null) {
          throw new IllegalArgumentException(
              "tensor " + tensor.name() + ": unknown GGML type " + tensor.type());
        }
        out.str(tensor.name()).u32(tensor.shape().size());
        tensor.shape().forEach(out::u64);
        out.u32(type.id()).u64(offset);
        offset = align(offset + tensor.elements() / type.block() * type.bytes());
      }
      size = align(out.written()) + offset;
    }
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(size);
    }
  }

  private static long align(long at) {
    return (at + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
  }

  /** Little-endian GGUF primitives, counting the bytes written. */
  static final class GgufOut implements AutoCloseable {
    private final OutputStream out;
    private long written;

    GgufOut(OutputStream out) {
      this.out = out;
    }

    GgufOut raw(byte[] bytes) {
      try {
        out.write(bytes);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      written += bytes.length;
      return this;
    }

    GgufOut u32(long v) {
      return raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v).array());
    }

    GgufOut u64(long v) {
      return raw(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
    }

    GgufOut f32(float v) {
      return raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v).array());
    }

    GgufOut str(String s) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      return u64(bytes.length).raw(bytes);
    }

    long written() {
      return written;
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
