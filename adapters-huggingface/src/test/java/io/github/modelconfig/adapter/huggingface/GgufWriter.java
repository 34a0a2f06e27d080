package io.github.modelconfig.adapter.huggingface;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Test fixture: writes real GGUF files (versions 1 to 3): typed key-values including arrays, tensor
 * infos with offsets padded to the alignment, then sparse tensor data.
 */
public final class GgufWriter {

  /** Little-endian byte sink with GGUF's version-dependent length width. */
  public static final class Out {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int version;

    public Out(int version) {
      this.version = version;
    }

    public Out u8(int v) {
      bytes.write(v);
      return this;
    }

    public Out u16(int v) {
      return raw(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) v));
    }

    public Out u32(long v) {
      return raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) v));
    }

    public Out u64(long v) {
      return raw(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v));
    }

    public Out f32(float v) {
      return raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v));
    }

    public Out f64(double v) {
      return raw(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(v));
    }

    /** A count or length: u32 in version 1, u64 after. */
    public Out len(long v) {
      return version == 1 ? u32(v) : u64(v);
    }

    public Out str(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      len(b.length);
      bytes.write(b, 0, b.length);
      return this;
    }

    public Out bytes(byte[] b) {
      bytes.write(b, 0, b.length);
      return this;
    }

    private Out raw(ByteBuffer b) {
      return bytes(b.array());
    }

    long size() {
      return bytes.size();
    }

    public byte[] toByteArray() {
      return bytes.toByteArray();
    }
  }

  /** One tensor info; the writer computes offsets from the byte sizes. */
  public record Tensor(String name, long[] dims, int type, long bytes) {}

  private final int version;
  private final long alignment;
  private final List<Consumer<Out>> kvs = new ArrayList<>();
  private final List<Tensor> tensors = new ArrayList<>();

  public GgufWriter(int version) {
    this(version, 32);
  }

  public GgufWriter(int version, long alignment) {
    this.version = version;
    this.alignment = alignment;
  }

  /** A small llama-shaped Q4_K_M file with a 150k-entry vocabulary. */
  public static GgufWriter tinyLlama(int version, int vocabulary) {
    return new GgufWriter(version)
        .string("general.architecture", "llama")
        .string("general.name", "Tiny Llama")
        .u32("general.file_type", 15)
        .u32("llama.block_count", 2)
        .u64("llama.context_length", 8192)
        .u32("llama.embedding_length", 512)
        .u32("llama.attention.head_count", 8)
        .u32("llama.attention.head_count_kv", 2)
        .f32("llama.rope.freq_base", 500000f)
        .strings("tokenizer.ggml.tokens", vocabulary)
        // 512*512 = 262,144 elements / 256 * 144 = 147,456 bytes
        .tensor("blk.0.attn_q.weight", 12, 147_456, 512, 512)
        // 512 F32 = 2,048 bytes
        .tensor("blk.0.attn_norm.weight", 0, 2_048, 512)
        // 512*512 / 256 * 210 = 215,040 bytes
        .tensor("output.weight", 14, 215_040, 512, 512);
  }

  /** A key-value; {@code value} writes the u32 type and the value. */
  public GgufWriter kv(String key, Consumer<Out> value) {
    kvs.add(o -> value.accept(o.str(key)));
    return this;
  }

  public GgufWriter string(String key, String value) {
    return kv(key, o -> o.u32(8).str(value));
  }

  public GgufWriter u32(String key, long value) {
    return kv(key, o -> o.u32(4).u32(value));
  }

  public GgufWriter u64(String key, long value) {
    return kv(key, o -> o.u32(10).u64(value));
  }

  public GgufWriter f32(String key, float value) {
    return kv(key, o -> o.u32(6).f32(value));
  }

  /** A string array of {@code count} generated entries (e.g. a 150k-token vocabulary). */
  public GgufWriter strings(String key, int count) {
    return kv(
        key,
        o -> {
          o.u32(9).u32(8).len(count);
          for (int i = 0; i < count; i++) {
            o.str("tok" + i);
          }
        });
  }

  public GgufWriter tensor(String name, int type, long bytes, long... dims) {
    tensors.add(new Tensor(name, dims, type, bytes));
    return this;
  }

  /** The header: magic, version, counts, key-values, tensor infos, zero padding. */
  public byte[] header() {
    Out o = new Out(version);
    o.u32(0x46554747).u32(version).len(tensors.size()).len(kvs.size());
    kvs.forEach(kv -> kv.accept(o));
    long offset = 0;
    for (Tensor t : tensors) {
      o.str(t.name()).u32(t.dims().length);
      for (long d : t.dims()) {
        o.len(d);
      }
      o.u32(t.type()).u64(offset);
      offset += align(t.bytes());
    }
    while (o.size() % alignment != 0) {
      o.u8(0);
    }
    return o.toByteArray();
  }

  /** Bytes of tensor data after the header (each tensor padded but the last). */
  public long dataBytes() {
    long total = 0;
    for (int i = 0; i < tensors.size(); i++) {
      total += i == tensors.size() - 1 ? tensors.get(i).bytes() : align(tensors.get(i).bytes());
    }
    return total;
  }

  /** Writes the header and a sparse (zero, unallocated) data section. */
  public Path write(Path file) throws IOException {
    byte[] header = header();
    Files.write(file, header);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(header.length + dataBytes());
    }
    return file;
  }

  private long align(long x) {
    return (x + alignment - 1) / alignment * alignment;
  }
}
