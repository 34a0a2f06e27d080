package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.ByteSource;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Driven adapter: a little-endian forward cursor over a {@link ByteSource} that reads windows of 64
 * KiB doubling up to 4 MiB, so even a header with a 150k-token vocabulary costs a handful of
 * positional or HTTP range reads; every read is bounds-checked against the file size.
 */
final class GgufCursor {

  static final int WINDOW = 64 * 1024;
  static final int MAX_WINDOW = 4 * 1024 * 1024;

  private final ByteSource source;
  private final long size;
  private ByteBuffer window = ByteBuffer.allocate(0);
  private int nextWindow = WINDOW;
  private long windowStart;
  private long position;

  GgufCursor(ByteSource source) {
    this.source = source;
    this.size = source.size();
  }

  long position() {
    return position;
  }

  long size() {
    return size;
  }

  long remaining() {
    return size - position;
  }

  int u8() {
    return Byte.toUnsignedInt(buffer(1).get());
  }

  int u16() {
    return Short.toUnsignedInt(buffer(2).getShort());
  }

  long u32() {
    return Integer.toUnsignedLong(buffer(4).getInt());
  }

  /** A u64 as a Java long (values above 2^63 come back negative). */
  long u64() {
    return buffer(8).getLong();
  }

  float f32() {
    return buffer(4).getFloat();
  }

  double f64() {
    return buffer(8).getDouble();
  }

  /** Advances {@code n} bytes without reading them. */
  void skip(long n) {
    require(n);
    position += n;
  }

  /** Copies the next {@code n} bytes (at most {@link #WINDOW}) into {@code into}. */
  void copy(int n, byte[] into) {
    buffer(n).get(into, 0, n);
  }

  /** Decodes {@code n} bytes as strict UTF-8. */
  String utf8(int n, String what) {
    require(n);
    byte[] bytes;
    if (n <= WINDOW) {
      ByteBuffer b = buffer(n);
      bytes = new byte[n];
      b.get(bytes);
    } else {
      bytes = SourceReadFailed.read(source, position, n);
      position += n;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedWeightsException(what + " at offset " + (position - n) + " is not UTF-8");
    }
  }

  private void require(long n) {
    if (n < 0 || n > remaining()) {
      throw new MalformedWeightsException(
          "the file is truncated: "
              + (n < 0 ? Long.toUnsignedString(n) : n)
              + " bytes needed at offset "
              + position
              + " but the file has "
              + size);
    }
  }

  /** A little-endian view positioned at the cursor with {@code n} readable bytes; advances. */
  private ByteBuffer buffer(int n) {
    require(n);
    long inWindow = position - windowStart;
    if (inWindow < 0 || inWindow + n > window.limit()) {
      int length = (int) Math.min(Math.max(nextWindow, n), size - position);
      nextWindow = Math.min(nextWindow * 2, MAX_WINDOW);
      window =
          ByteBuffer.wrap(SourceReadFailed.read(source, position, length))
              .order(ByteOrder.LITTLE_ENDIAN);
      windowStart = position;
      inWindow = 0;
    }
    ByteBuffer view =
        window
            .duplicate()
            .order(ByteOrder.LITTLE_ENDIAN)
            .position((int) inWindow)
            .limit((int) inWindow + n);
    position += n;
    return view.slice().order(ByteOrder.LITTLE_ENDIAN);
  }
}
