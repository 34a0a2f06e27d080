package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Driven adapter: reads and validates a safetensors header (u64 LE length, then JSON) as a stream:
 * length bounded, dtypes known, shapes matching spans, no name twice, offsets contiguous and
 * covering the data exactly. Memory grows by 24 bytes a tensor (its span and a name hash), so the
 * largest header the format allows (100,000,000 bytes, at most about two million tensors) is read
 * in about 50 MB.
 */
final class SafetensorsHeaderReader {

  /** The reference reader's bound on the header length. */
  static final long MAX_HEADER_BYTES = 100_000_000L;

  private SafetensorsHeaderReader() {}

  static SafetensorsHeader read(ByteSource source) {
    if (source.size() < 8) {
      throw new MalformedWeightsException("the file has " + source.size() + " bytes, fewer than 8");
    }
    long length =
        ByteBuffer.wrap(SourceReadFailed.read(source, 0, 8))
            .order(ByteOrder.LITTLE_ENDIAN)
            .getLong();
    if (length < 2 || length > MAX_HEADER_BYTES) {
      throw new MalformedWeightsException(
          "header length "
              + Long.toUnsignedString(length)
              + " is outside [2, "
              + MAX_HEADER_BYTES
              + "]");
    }
    if (length > source.size() - 8) {
      throw new MalformedWeightsException(
          "header length " + length + " runs past the end of the " + source.size() + "-byte file");
    }
    if (SourceReadFailed.read(source, 8, 1)[0] != '{') {
      throw new MalformedWeightsException("the header does not start with '{'");
    }
    SafetensorsTensors tensors = new SafetensorsTensors();
    SafetensorsJson.stream(source, length, tensors);
    tensors.checkNamesOnce(sink -> SafetensorsJson.stream(source, length, sink));
    tensors.checkSpans(
        source.size() - 8 - length, sink -> SafetensorsJson.stream(source, length, sink));
    return new SafetensorsHeader(
        tensors.byDtype(), tensors.dataBytes(), tensors.metadata(), length);
  }
}
