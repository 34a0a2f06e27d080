package io.github.modelconfig.adapter.huggingface.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.modelconfig.adapter.huggingface.LargeHeaders;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Fuzz tests of both header readers: any input either parses or fails with {@link
 * MalformedWeightsException}; nothing else escapes (no out-of-range reads, overflow or runaway
 * allocation). The {@code large*} targets fuzz the large-but-valid files the readers' limits allow
 * (200,000 tensors, 90 MB of padding, a million GGUF tensor infos): a short input says how large,
 * in which order, and which bytes to overwrite. Without JAZZER_FUZZ they replay the seeds in the
 * Inputs folders; {@code .ci/fuzz} fuzzes each target for a fixed time.
 */
class WeightsReadersFuzzTest {

  @FuzzTest(maxDuration = "5s")
  void gguf(byte[] data) {
    try {
      GgufReader.read(BytesSource.of("fuzz.gguf", data));
    } catch (MalformedWeightsException expected) {
      // a rejected file is a valid outcome
    }
  }

  @FuzzTest(maxDuration = "5s")
  void safetensors(byte[] data) {
    try {
      SafetensorsHeaderReader.read(BytesSource.of("fuzz.safetensors", data));
    } catch (MalformedWeightsException expected) {
      // a rejected file is a valid outcome
    }
  }

  /**
   * u32 tensors (at most 250,000), u32 padding (at most 95,000,000), u8 order (odd: spans run
   * backwards), then (u32 offset, u8 byte) overwrites.
   */
  @FuzzTest(maxDuration = "30s")
  void largeSafetensors(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    if (in.remaining() < 9) {
      return;
    }
    int tensors = (int) Integer.toUnsignedLong(in.getInt()) % 250_001;
    long padding = Integer.toUnsignedLong(in.getInt()) % 95_000_001;
    boolean reversed = (in.get() & 1) == 1;
    LargeSource source =
        overwrite(new LargeSource(LargeHeaders.safetensors(tensors, padding, reversed)), in);
    try {
      SafetensorsHeader header = SafetensorsHeaderReader.read(source);
      if (data.length == 9) {
        assertThat(header.tensorCount()).isEqualTo(tensors);
        assertThat(header.dataBytes()).isEqualTo((long) tensors * LargeHeaders.TENSOR_BYTES);
      }
    } catch (MalformedWeightsException expected) {
      // an overwritten byte may make it invalid
    }
  }

  /** u32 tensor infos (at most 1,100,000: past the reader's million), then overwrites. */
  @FuzzTest(maxDuration = "30s")
  void largeGguf(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
    if (in.remaining() < 4) {
      return;
    }
    long tensors = Integer.toUnsignedLong(in.getInt()) % 1_100_001;
    LargeSource source = overwrite(new LargeSource(LargeHeaders.gguf(tensors)), in);
    try {
      GgufMetadata metadata = GgufReader.read(source);
      if (data.length == 4) {
        assertThat(metadata.tensorCount()).isEqualTo(tensors);
      }
    } catch (MalformedWeightsException expected) {
      assertThat(data.length > 4 || tensors > GgufReader.MAX_COUNT)
          .as(expected.getMessage())
          .isTrue();
    }
  }

  private static LargeSource overwrite(LargeSource source, ByteBuffer in) {
    while (in.remaining() >= 5) {
      source.override(Integer.toUnsignedLong(in.getInt()), in.get());
    }
    return source;
  }
}
