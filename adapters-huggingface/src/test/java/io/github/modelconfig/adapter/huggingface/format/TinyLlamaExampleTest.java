package io.github.modelconfig.adapter.huggingface.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.adapter.huggingface.TinyLlamaExample;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TinyLlamaExampleTest {

  private static final Path COMMITTED = Path.of("../examples/tiny-llama/model.safetensors");

  @Test
  void givenTheGenerator_write_reproducesTheCommittedExampleByteForByte(@TempDir Path dir)
      throws IOException {
    Path generated = dir.resolve("model.safetensors");

    TinyLlamaExample.write(generated);

    assertThat(Files.mismatch(generated, COMMITTED)).isEqualTo(-1L);
  }

  @Test
  void givenTheExample_readHeader_findsItsTensorsAndParameters() throws IOException {
    SafetensorsHeader header =
        SafetensorsHeaderReader.read(
            BytesSource.of("model.safetensors", Files.readAllBytes(COMMITTED)));

    // embed 256x64 + 2 layers x (2 norms 64 + q 64x64 + k,v 32x64 + o 64x64 + 3 mlp 128x64)
    // + final norm 64 + lm_head 256x64 = 16384 + 2 x 36992 + 64 + 16384
    assertThat(header.totalParameters()).isEqualTo(106_816L);
    assertThat(header.tensorCount()).isEqualTo(21);
    assertThat(header.parametersByDtype()).containsOnlyKeys("F32");
    assertThat(header.metadata()).containsEntry("format", "pt");
    assertThat(8 + header.headerBytes() + header.dataBytes()).isEqualTo(Files.size(COMMITTED));
  }
}
