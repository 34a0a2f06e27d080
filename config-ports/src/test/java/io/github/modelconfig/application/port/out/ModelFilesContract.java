package io.github.modelconfig.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every {@link ModelFiles} and the {@link ByteSource}s it opens promise (a
 * local folder, an HF cache snapshot, a Hub repo, the in-memory fake): listings with sizes, exact
 * reads, and failures as values naming the file.
 */
public abstract class ModelFilesContract {

  private ModelFiles files;

  /** Makes {@code files} a repo and returns its files. */
  protected abstract ModelFiles publish(Map<String, byte[]> files) throws Exception;

  @BeforeEach
  void publishFiles() throws Exception {
    files = publish(ContractFiles.files());
  }

  @Test
  void givenPublishedFiles_list_givesEachWithItsSize() {
    assertThat(files.list().files())
        .extracting(RepoFile::path, RepoFile::size)
        .containsExactlyInAnyOrder(
            tuple(ContractFiles.CONFIG, Option.of(22L)),
            tuple(ContractFiles.WEIGHTS, Option.of(300L)));
  }

  @Test
  void givenPublishedFile_read_returnsTheExactBytes() {
    assertThat(files.read(ContractFiles.CONFIG, 1000).get()).isEqualTo(ContractFiles.CONFIG_BYTES);
  }

  @Test
  void givenLimitBelowTheSize_read_refusesTheFileAsCorrupt() {
    RepositoryFailure failure = files.read(ContractFiles.CONFIG, 10).getLeft();

    assertThat(failure).isInstanceOf(RepositoryFailure.Corrupt.class);
    assertThat(failure.field()).isEqualTo(ContractFiles.CONFIG);
  }

  @Test
  void givenMissingFile_readAndOpen_failWithFileNotFound() {
    for (RepositoryFailure failure :
        java.util.List.of(
            files.read("tokenizer.json", 1000).getLeft(), files.open("tokenizer.json").getLeft())) {
      assertThat(failure).isInstanceOf(RepositoryFailure.NotFound.class);
      assertThat(((RepositoryFailure.NotFound) failure).what())
          .as(failure.message())
          .isEqualTo(RepositoryFailure.Missing.FILE);
      assertThat(failure.hint()).isNotBlank();
    }
  }

  @Test
  void givenOpenedFile_read_returnsAnyRangeExactly() {
    try (ByteSource source = files.open(ContractFiles.WEIGHTS).get()) {
      assertThat(source.size()).isEqualTo(300);
      assertThat(source.read(250, 4).get())
          .containsExactly(250 - 256, 251 - 256, 252 - 256, 253 - 256);
      assertThat(source.read(0, 2).get()).containsExactly(0, 1);
      assertThat(source.read(300, 0).get()).isEmpty();
    }
  }

  @Test
  void givenOpenedFile_readPastTheEnd_failsAsCorruptNamingTheFile() {
    try (ByteSource source = files.open(ContractFiles.WEIGHTS).get()) {
      Either<RepositoryFailure, byte[]> read = source.read(296, 8);

      assertThat(read.isLeft()).as("read past the end gave %s", read).isTrue();
      assertThat(read.getLeft()).isInstanceOf(RepositoryFailure.Corrupt.class);
      assertThat(read.getLeft().field()).isEqualTo(ContractFiles.WEIGHTS);
      assertThat(read.getLeft().message()).contains("truncated");
    }
  }
}
