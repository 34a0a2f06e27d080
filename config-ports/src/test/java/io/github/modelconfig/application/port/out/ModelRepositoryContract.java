package io.github.modelconfig.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every {@link ModelRepository} promises (local folders, the HF cache, the Hub,
 * the in-memory fake). A subclass publishes {@link #FILES} where its repository finds them.
 */
public abstract class ModelRepositoryContract {

  /** The published files: a config and a 300-byte "weight" file in a sub-folder. */
  protected static final Map<String, byte[]> FILES = files();

  private ModelReference present;

  /** Makes {@code files} findable and returns the reference that finds them. */
  protected abstract ModelReference publish(Map<String, byte[]> files) throws Exception;

  protected abstract ModelRepository repository();

  /** A reference this repository does not serve (it must answer none, not fail). */
  protected abstract ModelReference foreign();

  @BeforeEach
  void publishFiles() throws Exception {
    present = publish(FILES);
  }

  private static Map<String, byte[]> files() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("config.json", "{\"model_type\":\"llama\"}".getBytes(StandardCharsets.UTF_8));
    byte[] weights = new byte[300];
    Arrays.setAll(new int[300], i -> weights[i] = (byte) i);
    files.put("weights/model.safetensors", weights);
    return files;
  }

  private ModelFiles found() {
    return repository().find(present).get().get();
  }

  @Test
  void givenPublishedModel_find_listsEveryFileWithItsSize() {
    assertThat(found().list())
        .extracting(RepoFile::path, RepoFile::size)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("config.json", Option.of(22L)),
            org.assertj.core.groups.Tuple.tuple("weights/model.safetensors", Option.of(300L)));
  }

  @Test
  void givenPublishedModel_read_returnsTheExactBytes() {
    assertThat(found().read("config.json", 1000).get()).isEqualTo(FILES.get("config.json"));
  }

  @Test
  void givenLimitBelowTheSize_read_refusesTheFile() {
    assertThat(found().read("config.json", 10).getLeft())
        .isInstanceOf(RepositoryFailure.Corrupt.class);
  }

  @Test
  void givenPublishedModel_open_readsAnyRange() {
    try (ByteSource source = found().open("weights/model.safetensors").get()) {
      assertThat(source.size()).isEqualTo(300);
      assertThat(source.read(250, 4)).containsExactly(250 - 256, 251 - 256, 252 - 256, 253 - 256);
      assertThat(source.read(0, 2)).containsExactly(0, 1);
    }
  }

  @Test
  void givenMissingFile_read_failsWithFileNotFound() {
    RepositoryFailure failure = found().read("tokenizer.json", 1000).getLeft();

    assertThat(failure).isInstanceOf(RepositoryFailure.NotFound.class);
    assertThat(((RepositoryFailure.NotFound) failure).what())
        .isEqualTo(RepositoryFailure.Missing.FILE);
    assertThat(failure.hint()).isNotBlank();
  }

  @Test
  void givenForeignReference_find_answersNoneSoTheNextRepositoryIsAsked() {
    assertThat(repository().find(foreign()).get()).isEmpty();
  }
}
