package io.github.modelconfig.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.TensorInfo;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every {@link WeightsInspector} promises (the header readers, the fake): the
 * header a valid file holds; a corrupt-file failure naming a file that is not one; and a failing
 * read's own failure, as a value.
 */
public abstract class WeightsInspectorContract {

  static final String JSON =
      "{\"a\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,16]},"
          + "\"b\":{\"dtype\":\"BF16\",\"shape\":[4],\"data_offsets\":[16,24]},"
          + "\"__metadata__\":{\"format\":\"pt\"}}";

  /** A safetensors file: two tensors, 24 bytes of data. */
  protected static final byte[] SAFETENSORS = safetensors();

  protected static final SafetensorsHeader SAFETENSORS_HEADER =
      new SafetensorsHeader(
          List.of(
              new TensorInfo("a", "F32", List.of(2L, 2L), 0, 16),
              new TensorInfo("b", "BF16", List.of(4L), 16, 24)),
          Map.of("format", "pt"),
          JSON.length());

  /** A GGUF v3 file without tensors whose one key is {@code general.architecture = llama}. */
  protected static final byte[] GGUF = gguf();

  protected static final GgufMetadata GGUF_METADATA =
      new GgufMetadata(3, Map.of("general.architecture", "llama"), Map.of(), List.of(), 32, 96);

  static final byte[] GARBAGE =
      "this is no weight file, just text long enough".getBytes(StandardCharsets.UTF_8);

  protected abstract WeightsInspector inspector();

  @Test
  void givenAValidSafetensorsFile_safetensors_givesItsHeader() {
    assertThat(inspector().safetensors(source("model.safetensors", SAFETENSORS)).get())
        .isEqualTo(SAFETENSORS_HEADER);
  }

  @Test
  void givenAValidGgufFile_gguf_givesItsMetadata() {
    GgufMetadata metadata = inspector().gguf(source("model.gguf", GGUF)).get();

    assertThat(metadata.version()).isEqualTo(3);
    assertThat(metadata.architecture()).contains("llama");
    assertThat(metadata.tensorCount()).isZero();
  }

  @Test
  void givenGarbage_bothReaders_failAsCorruptNamingTheFile() {
    for (Either<RepositoryFailure, ?> read :
        List.of(
            inspector().safetensors(source("x.safetensors", GARBAGE)),
            inspector().gguf(source("x.safetensors", GARBAGE)))) {
      assertThat(read.swap().getOrNull())
          .as(read.toString())
          .isInstanceOf(RepositoryFailure.Corrupt.class);
      assertThat(read.getLeft().field()).isEqualTo("x.safetensors");
    }
  }

  @Test
  void givenASourceThatFails_bothReaders_returnItsFailure() {
    RepositoryFailure cut = new RepositoryFailure.Transport("cut short", "retry");
    ByteSource failing =
        new ByteSource() {
          @Override
          public long size() {
            return 1000;
          }

          @Override
          public Either<RepositoryFailure, byte[]> read(long offset, int length) {
            return Either.left(cut);
          }

          @Override
          public String name() {
            return "model.safetensors";
          }
        };

    assertThat(inspector().safetensors(failing).swap().getOrNull()).isEqualTo(cut);
    assertThat(inspector().gguf(failing).swap().getOrNull()).isEqualTo(cut);
  }

  private static ByteSource source(String name, byte[] bytes) {
    return InMemoryByteSource.of(name, bytes);
  }

  private static byte[] safetensors() {
    byte[] json = JSON.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(8 + json.length + 24)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putLong(json.length)
        .put(json)
        .array();
  }

  private static byte[] gguf() {
    byte[] key = "general.architecture".getBytes(StandardCharsets.UTF_8);
    byte[] value = "llama".getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(96)
        .order(ByteOrder.LITTLE_ENDIAN)
        .put("GGUF".getBytes(StandardCharsets.US_ASCII))
        .putInt(3)
        .putLong(0)
        .putLong(1)
        .putLong(key.length)
        .put(key)
        .putInt(8)
        .putLong(value.length)
        .put(value)
        .array();
  }
}
