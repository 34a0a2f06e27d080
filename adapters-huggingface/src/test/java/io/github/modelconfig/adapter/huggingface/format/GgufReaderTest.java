package io.github.modelconfig.adapter.huggingface.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.modelconfig.adapter.huggingface.GgufWriter;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.weights.GgufArray;
import io.github.modelconfig.domain.weights.GgufLayerBytes;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.TensorTotals;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GgufReaderTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "v{0}")
  @ValueSource(ints = {1, 2, 3})
  void givenEachVersion_read_sameMetadataAndTensors(int version) throws IOException {
    Path file = GgufWriter.tinyLlama(version, 1_000).write(dir.resolve("tiny.gguf"));

    GgufMetadata m = GgufReader.read(BytesSource.of(file));

    assertThat(m.version()).isEqualTo(version);
    assertThat(m.architecture()).contains("llama");
    assertThat(m.integer("llama.context_length")).contains(8192L);
    assertThat(m.decimal("llama.rope.freq_base")).contains(500000.0);
    assertThat(m.arrays()).containsEntry("tokenizer.ggml.tokens", new GgufArray("string", 1_000));
    assertThat(m.metadata()).doesNotContainKey("tokenizer.ggml.tokens");
    // Q4_K: 262,144 / 256 blocks x 144 bytes; Q6_K: x 210 bytes. The reader accepted output.weight
    // at 147,456 + 2,048 = 149,504 (both multiples of 32): offsets must be contiguous.
    assertThat(m.byType())
        .containsExactly(
            Map.entry("Q4_K", new TensorTotals(1, 262_144, 147_456)),
            Map.entry("F32", new TensorTotals(1, 512, 2_048)),
            Map.entry("Q6_K", new TensorTotals(1, 262_144, 215_040)));
    assertThat(m.parametersByType())
        .containsExactly(
            Map.entry("Q4_K", 262_144L), Map.entry("F32", 512L), Map.entry("Q6_K", 262_144L));
    assertThat(m.totalParameters()).isEqualTo(524_800);
    assertThat(m.alignment()).isEqualTo(32);
    assertThat(m.headerBytes() % 32).isZero();
    assertThat(m.encoding()).contains(SupportedEncoding.Q4_K);
  }

  @Test
  void givenA150kTokenVocabulary_read_skipsItInFewWindowedReads() throws IOException {
    Path file = GgufWriter.tinyLlama(3, 150_000).write(dir.resolve("big-vocab.gguf"));
    BytesSource source = BytesSource.of(file);

    GgufMetadata m = GgufReader.read(source);

    assertThat(m.arrays().get("tokenizer.ggml.tokens")).isEqualTo(new GgufArray("string", 150_000));
    // each token costs 8 (length) + 4..9 bytes, ~2.4 MB in all; windows of 64 KiB doubling
    // (64 K + 128 K + ... + 2 M = 4 M) cover it in 7 reads
    assertThat(m.headerBytes()).isBetween(2_000_000L, 3_000_000L);
    assertThat(source.reads).isLessThanOrEqualTo(7);
  }

  @Test
  void givenEveryValueType_read_keepsScalarsAndSmallArrays() {
    GgufWriter w =
        new GgufWriter(3)
            .kv("a.u8", o -> o.u32(0).u8(200))
            .kv("a.i8", o -> o.u32(1).u8(0xFF))
            .kv("a.u16", o -> o.u32(2).u16(60000))
            .kv("a.i16", o -> o.u32(3).u16(0xFFFE))
            .kv("a.u32", o -> o.u32(4).u32(4_000_000_000L))
            .kv("a.i32", o -> o.u32(5).u32(-7))
            .kv("a.f32", o -> o.u32(6).f32(0.5f))
            .kv("a.bool", o -> o.u32(7).u8(1))
            .kv("a.str", o -> o.u32(8).str("héllo"))
            .kv("a.u64", o -> o.u32(10).u64(1L << 40))
            .kv("a.i64", o -> o.u32(11).u64(-3))
            .kv("a.f64", o -> o.u32(12).f64(1e-6))
            .kv("a.ints", o -> o.u32(9).u32(5).len(3).u32(1).u32(2).u32(3))
            .kv("a.nested", o -> o.u32(9).u32(9).len(2).u32(4).len(1).u32(7).u32(8).len(0));

    GgufMetadata m = GgufReader.read(BytesSource.of("all.gguf", w.header()));

    assertThat(m.metadata())
        .containsEntry("a.u8", 200L)
        .containsEntry("a.i8", -1L)
        .containsEntry("a.u16", 60000L)
        .containsEntry("a.i16", -2L)
        .containsEntry("a.u32", 4_000_000_000L)
        .containsEntry("a.i32", -7L)
        .containsEntry("a.f32", 0.5)
        .containsEntry("a.bool", true)
        .containsEntry("a.str", "héllo")
        .containsEntry("a.u64", 1L << 40)
        .containsEntry("a.i64", -3L)
        .containsEntry("a.f64", 1e-6)
        .containsEntry("a.ints", List.of(1L, 2L, 3L))
        .doesNotContainKey("a.nested");
    assertThat(m.arrays())
        .containsEntry("a.ints", new GgufArray("int32", 3))
        .containsEntry("a.nested", new GgufArray("array", 2));
    assertThat(m.tensorCount()).isZero();
    assertThat(m.encoding()).isEmpty();
  }

  @Test
  void givenNoFileType_read_encodingFromDominantTensorType() {
    GgufWriter w = new GgufWriter(3).tensor("a", 30, 2 * 4096, 4096).tensor("b", 0, 4 * 32, 32);
    byte[] header = w.header();
    byte[] file = java.util.Arrays.copyOf(header, header.length + (int) w.dataBytes());

    GgufMetadata m = GgufReader.read(BytesSource.of("x.gguf", file));

    assertThat(m.dominantType()).contains("BF16");
    assertThat(m.encoding()).contains(SupportedEncoding.BFLOAT16);
  }

  @Test
  void givenLayersExpertsEmbeddingAndHead_read_sumsBytesPerLayer() {
    // BF16 (type 30): 2 bytes per element; every size a multiple of the 32-byte alignment
    GgufWriter w =
        new GgufWriter(3)
            .tensor("token_embd.weight", 30, 2 * 64 * 32, 64, 32)
            .tensor("blk.0.attn_q.weight", 30, 2 * 32 * 32, 32, 32)
            .tensor("blk.0.ffn_up_exps.weight", 30, 2 * 32 * 32 * 4, 32, 32, 4)
            .tensor("blk.1.attn_q.weight", 30, 2 * 32 * 32, 32, 32)
            .tensor("blk.1.ffn_gate_chexps.weight", 30, 2 * 32 * 32, 32, 32)
            .tensor("output_norm.weight", 0, 4 * 32, 32)
            .tensor("output.weight", 30, 2 * 64 * 32, 64, 32);
    byte[] header = w.header();
    byte[] file = java.util.Arrays.copyOf(header, header.length + (int) w.dataBytes());

    GgufLayerBytes layers = GgufReader.read(BytesSource.of("moe.gguf", file)).layerBytes();

    assertThat(layers.layerCount()).isEqualTo(2);
    assertThat(layers.layerBytes(0)).isEqualTo(2_048 + 8_192);
    assertThat(layers.expertBytes(0)).isEqualTo(8_192);
    assertThat(layers.layerBytes(1)).isEqualTo(2_048 + 2_048);
    assertThat(layers.expertBytes(1)).isEqualTo(2_048);
    assertThat(layers.tokenEmbeddingBytes()).isEqualTo(4_096);
    assertThat(layers.outputBytes()).isEqualTo(4_096);
    assertThat(layers.otherBytes()).isEqualTo(128);
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("too short", new GgufWriter.Out(3).u32(0x46554747).toByteArray(), "too few"),
        Arguments.of("bad magic", pad(new GgufWriter.Out(3).u32(0x12345678).u32(3)), "magic"),
        Arguments.of("version 0", pad(start(0)), "version 0"),
        Arguments.of("version 4", pad(start(4)), "version 4"),
        Arguments.of("big endian", pad(start(0x03000000)), "big-endian"),
        Arguments.of(
            "absurd tensor count", pad(start(3).u64(Long.MAX_VALUE).u64(0)), "tensor count"),
        Arguments.of("absurd kv count", pad(start(3).u64(0).u64(5_000_000)), "key-value count"),
        // 65,537 one-byte key-values fit in 1 MB but would each be kept: past the 65,536 limit
        Arguments.of(
            "kv count past the limit",
            java.util.Arrays.copyOf(start(3).u64(0).u64(65_537).toByteArray(), 1 << 20),
            "at most 65536"),
        Arguments.of(
            "kept strings past 16 MiB",
            java.util.Arrays.copyOf(
                start(3).u64(0).u64(2).str("a").u32(8).u64(16 * 1024 * 1024).toByteArray(),
                2 * 16 * 1024 * 1024 + 64),
            "in all"),
        Arguments.of(
            "type id past the limit",
            pad(start(3).u64(1).u64(0).str("t").u32(1).u64(32).u32(5000).u64(0)),
            "not below 1024"),
        Arguments.of("kv count past end", pad(start(3).u64(0).u64(1000)), "key-value count"),
        Arguments.of("huge key length", pad(start(3).u64(0).u64(1).u64(1L << 40)), "exceeds 65535"),
        Arguments.of(
            "string past end",
            start(3).u64(0).u64(1).str("k").u32(8).u64(1_000).toByteArray(),
            "truncated"),
        Arguments.of(
            "invalid utf-8",
            pad(start(3).u64(0).u64(1).u64(2).bytes(new byte[] {(byte) 0xC3, 0x28}).u32(4).u32(1)),
            "not UTF-8"),
        Arguments.of(
            "unknown value type", pad(start(3).u64(0).u64(1).str("k").u32(13)), "value type 13"),
        Arguments.of("bool 2", pad(start(3).u64(0).u64(1).str("k").u32(7).u8(2)), "not 0 or 1"),
        Arguments.of(
            "array too long",
            pad(start(3).u64(0).u64(1).str("k").u32(9).u32(8).u64(1L << 60)),
            "more than"),
        Arguments.of(
            "duplicate key",
            pad(start(3).u64(0).u64(2).str("k").u32(4).u32(1).str("k").u32(4).u32(1)),
            "duplicate metadata key"),
        Arguments.of(
            "bad alignment",
            pad(start(3).u64(0).u64(1).str("general.alignment").u32(4).u32(24)),
            "power of two"),
        Arguments.of("five dims", pad(start(3).u64(1).u64(0).str("t").u32(5)), "5 dimensions"),
        Arguments.of(
            "offset past end",
            pad(start(3).u64(1).u64(0).str("t").u32(1).u64(32).u32(0).u64(0)),
            "past the end"),
        Arguments.of(
            "block size",
            pad(start(3).u64(1).u64(0).str("t").u32(1).u64(100).u32(12).u64(0)),
            "block size 256"),
        Arguments.of(
            "element overflow",
            pad(start(3).u64(1).u64(0).str("t").u32(2).u64(1L << 40).u64(1L << 40).u32(0).u64(0)),
            "overflows"),
        Arguments.of(
            "duplicate tensor",
            pad(
                start(3)
                    .u64(2)
                    .u64(0)
                    .str("t")
                    .u32(1)
                    .u64(0)
                    .u32(0)
                    .u64(0)
                    .str("t")
                    .u32(1)
                    .u64(0)
                    .u32(0)
                    .u64(0)),
            "duplicate tensor"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void givenHostileInput_read_failsWithAClearMessage(String name, byte[] bytes, String message) {
    assertThatThrownBy(() -> GgufReader.read(BytesSource.of("evil.gguf", bytes)))
        .isInstanceOf(MalformedWeightsException.class)
        .hasMessageContaining(message);
  }

  private static GgufWriter.Out start(int version) {
    return new GgufWriter.Out(version == 1 ? 1 : 3).u32(0x46554747).u32(version);
  }

  private static byte[] pad(GgufWriter.Out out) {
    return java.util.Arrays.copyOf(out.toByteArray(), out.toByteArray().length + 64);
  }
}
