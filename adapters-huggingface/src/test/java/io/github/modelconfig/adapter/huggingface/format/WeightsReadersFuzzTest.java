package io.github.modelconfig.adapter.huggingface.format;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of both header readers: any input either parses or fails with {@link
 * MalformedWeightsException}; nothing else escapes (no out-of-range reads, overflow or runaway
 * allocation). Without JAZZER_FUZZ they replay the seeds in the Inputs folders.
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
}
