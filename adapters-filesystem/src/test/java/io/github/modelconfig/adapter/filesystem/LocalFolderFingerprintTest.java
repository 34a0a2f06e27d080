package io.github.modelconfig.adapter.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderFingerprintTest {

  @TempDir Path folder;

  @BeforeEach
  void writeRepo() throws IOException {
    Files.writeString(folder.resolve("config.json"), "{\"model_type\":\"llama\"}");
    Files.write(folder.resolve("model.safetensors"), new byte[16]);
    Files.createDirectories(folder.resolve(".cache"));
    Files.writeString(folder.resolve(".cache/lock"), "x");
  }

  @Test
  void givenUntouchedFolder_scanTwice_sameFingerprintAndVisibleFilesOnly() {
    ModelFiles first = scan();
    ModelFiles second = scan();

    assertThat(second.list().fingerprint()).isEqualTo(first.list().fingerprint());
    assertThat(first.list().files())
        .extracting(f -> f.path())
        .containsExactly("config.json", "model.safetensors");
  }

  @Test
  void givenFileGrows_scanAgain_fingerprintChanges() throws IOException {
    Option<String> before = scan().list().fingerprint();

    Files.write(folder.resolve("model.safetensors"), new byte[24]);

    assertThat(scan().list().fingerprint()).isNotEqualTo(before);
  }

  @Test
  void givenFileTouched_scanAgain_fingerprintChanges() throws IOException {
    Option<String> before = scan().list().fingerprint();

    Files.setLastModifiedTime(
        folder.resolve("config.json"), FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(scan().list().fingerprint()).isNotEqualTo(before);
  }

  @Test
  void givenFileAdded_scanAgain_fingerprintChanges() throws IOException {
    Option<String> before = scan().list().fingerprint();

    Files.writeString(folder.resolve("generation_config.json"), "{}");

    assertThat(scan().list().fingerprint()).isNotEqualTo(before);
  }

  private ModelFiles scan() {
    return new LocalFolderModelRepository(folder.getParent())
        .find(new ModelReference(folder.toString(), Revision.MAIN))
        .get()
        .get();
  }
}
