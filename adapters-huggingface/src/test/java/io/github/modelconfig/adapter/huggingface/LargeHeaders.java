package io.github.modelconfig.adapter.huggingface;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Test fixture: large but valid weight files computed on demand rather than held: a safetensors
 * header of any number of tensors (fixed-width entries, numbers padded with JSON whitespace) and
 * any amount of space padding, a GGUF with any number of tensor infos. Read as byte ranges (a
 * synthetic byte source for fuzzing) or written as sparse files (for the CLI under the launcher's
 * heap).
 */
public final class LargeHeaders {

  /** Bytes of each safetensors tensor (64 BF16) and of each GGUF tensor (8 F32, aligned to 32). */
  public static final int TENSOR_BYTES = 128;

  public static final int GGUF_TENSOR_BYTES = 32;

  private final long size;
  private final long prefixBytes;
  private final Section section;

  /** The bytes of a region that is computed, not stored. */
  private interface Section {
    void fill(long offset, byte[] into, int at, int length);
  }

  private LargeHeaders(long size, long prefixBytes, Section section) {
    this.size = size;
    this.prefixBytes = prefixBytes;
    this.section = section;
  }

  /**
   * A safetensors file of {@code tensors} BF16 tensors of 64 elements, their JSON followed by
   * {@code padding} spaces; with {@code reversed}, the spans run backwards (so a reader must sort).
   */
  public static LargeHeaders safetensors(int tensors, long padding, boolean reversed) {
    SafetensorsText text = new SafetensorsText(tensors, padding, reversed);
    long data = (long) tensors * TENSOR_BYTES;
    return new LargeHeaders(8 + text.length + data, 8 + text.length, text);
  }

  /** Bytes of the JSON object of {@link #safetensors} for {@code tensors}, without padding. */
  public static long safetensorsJsonBytes(int tensors) {
    return new SafetensorsText(tensors, 0, false).json;
  }

  /** A GGUF v3 file of {@code tensors} F32 tensor infos of 8 elements each. */
  public static LargeHeaders gguf(long tensors) {
    GgufInfos infos = new GgufInfos(tensors);
    return new LargeHeaders(infos.dataStart + tensors * GGUF_TENSOR_BYTES, infos.dataStart, infos);
  }

  public long size() {
    return size;
  }

  /** {@code length} bytes at {@code offset} (zeros past the header, as in the written file). */
  public byte[] read(long offset, int length) {
    byte[] out = new byte[length];
    int inPrefix = (int) Math.max(0, Math.min(length, prefixBytes - offset));
    if (inPrefix > 0) {
      section.fill(offset, out, 0, inPrefix);
    }
    return out;
  }

  /** Writes the file; the tensor data is left a hole, so the file takes the header's blocks. */
  public Path write(Path file) throws IOException {
    try (FileChannel out =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      int chunk = 1 << 20;
      for (long at = 0; at < prefixBytes; at += chunk) {
        out.write(ByteBuffer.wrap(read(at, (int) Math.min(chunk, prefixBytes - at))));
      }
      if (size > prefixBytes) {
        out.write(ByteBuffer.wrap(new byte[] {0}), size - 1);
      }
    }
    return file;
  }

  /** Writes {@code value} right-aligned in {@code width} bytes at {@code at}, padded with pad. */
  private static void digits(byte[] into, int at, int width, long value, char pad) {
    long v = value;
    for (int k = at + width - 1; k >= at; k--) {
      into[k] = v == 0 && k < at + width - 1 ? (byte) pad : (byte) ('0' + v % 10);
      v /= 10;
    }
  }

  /** The u64 length and the JSON of a safetensors header with fixed-width tensor entries. */
  private static final class SafetensorsText implements Section {
    private static final byte[] TEMPLATE =
        ("\"t000000000\":{\"dtype\":\"BF16\",\"shape\":[64],\"data_offsets\":["
                + " ".repeat(20)
                + ","
                + " ".repeat(20)
                + "]}")
            .getBytes(StandardCharsets.US_ASCII);

    private static final int ENTRY = TEMPLATE.length + 1;
    private final int tensors;
    private final boolean reversed;
    private final long json;
    private final long length;

    SafetensorsText(int tensors, long padding, boolean reversed) {
      this.tensors = tensors;
      this.reversed = reversed;
      this.json = 2 + (long) ENTRY * tensors - (tensors > 0 ? 1 : 0);
      long unpadded = json + padding;
      this.length = (unpadded + 7) / 8 * 8;
    }

    /** Entry {@code i} without its comma: the template with the index and both offsets. */
    private static byte[] entry(int i, long begin) {
      byte[] e = TEMPLATE.clone();
      digits(e, 2, 9, i, '0');
      int offsets = e.length - 2 - 41;
      digits(e, offsets, 20, begin, ' ');
      digits(e, offsets + 21, 20, begin + TENSOR_BYTES, ' ');
      return e;
    }

    @Override
    public void fill(long offset, byte[] into, int at, int length) {
      long p = offset;
      int k = 0;
      while (k < length) {
        long j = p - 8;
        if (p < 8 || j == 0 || j >= json - 1) {
          into[at + k++] = single(p);
          p++;
          continue;
        }
        long e = (j - 1) / ENTRY;
        int within = (int) ((j - 1) % ENTRY);
        byte[] entry = entry((int) e, (reversed ? tensors - 1 - e : e) * TENSOR_BYTES);
        byte[] withComma = Arrays.copyOf(entry, ENTRY);
        withComma[ENTRY - 1] = ',';
        int n = (int) Math.min(Math.min(ENTRY - within, length - k), json - 1 - j);
        System.arraycopy(withComma, within, into, at + k, n);
        k += n;
        p += n;
      }
    }

    /** The length bytes, the braces and the space padding. */
    private byte single(long p) {
      if (p < 8) {
        return (byte) (this.length >>> (8 * p));
      }
      long j = p - 8;
      return j == 0 ? (byte) '{' : j == json - 1 ? (byte) '}' : (byte) ' ';
    }
  }

  /** A GGUF v3 header: one key-value, then fixed-width tensor infos. */
  private static final class GgufInfos implements Section {
    private static final int INFO = 8 + 15 + 4 + 8 + 4 + 8;
    private final byte[] head;
    private final long tensors;
    private final long dataStart;

    GgufInfos(long tensors) {
      this.tensors = tensors;
      byte[] key = "general.architecture".getBytes(StandardCharsets.US_ASCII);
      byte[] value = "llama".getBytes(StandardCharsets.US_ASCII);
      ByteBuffer b = ByteBuffer.allocate(24 + 8 + key.length + 4 + 8 + value.length);
      b.order(ByteOrder.LITTLE_ENDIAN).putInt(0x46554747).putInt(3).putLong(tensors).putLong(1);
      b.putLong(key.length).put(key).putInt(8).putLong(value.length).put(value);
      this.head = b.array();
      long end = head.length + tensors * INFO;
      this.dataStart = (end + 31) / 32 * 32;
    }

    @Override
    public void fill(long offset, byte[] into, int at, int length) {
      long p = offset;
      int k = 0;
      while (k < length) {
        if (p < head.length) {
          into[at + k++] = head[(int) p++];
          continue;
        }
        long i = (p - head.length) / INFO;
        if (i >= tensors) {
          Arrays.fill(into, at + k, at + length, (byte) 0);
          return;
        }
        byte[] info = info(i);
        int within = (int) ((p - head.length) % INFO);
        int n = Math.min(info.length - within, length - k);
        System.arraycopy(info, within, into, at + k, n);
        k += n;
        p += n;
      }
    }

    private static byte[] info(long i) {
      byte[] name = "blk.000000000.w".getBytes(StandardCharsets.US_ASCII);
      digits(name, 4, 9, i, '0');
      return ByteBuffer.allocate(INFO)
          .order(ByteOrder.LITTLE_ENDIAN)
          .putLong(name.length)
          .put(name)
          .putInt(1)
          .putLong(8)
          .putInt(0)
          .putLong(i * GGUF_TENSOR_BYTES)
          .array();
    }
  }
}
