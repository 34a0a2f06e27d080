package io.github.modelconfig.adapter.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.weights.RepoFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderModelRepositoryTest {

  @TempDir Path work;

  private ModelFiles open(String id) {
    return new LocalFolderModelRepository(work)
        .find(new ModelReference(id, Revision.MAIN))
        .get()
        .get();
  }

  @Test
  void givenAFolder_find_listsItsFilesWithSizesAndSkipsHiddenOnes() throws Exception {
    Path model = Files.createDirectories(work.resolve("m/transformer"));
    Files.writeString(work.resolve("m/config.json"), "{}");
    Files.write(model.resolve("w.safetensors"), new byte[10]);
    Files.createDirectories(work.resolve("m/.cache"));
    Files.writeString(work.resolve("m/.cache/x"), "hidden");

    assertThat(open("m").list().files())
        .containsExactly(
            RepoFile.of("config.json", 2), RepoFile.of("transformer/w.safetensors", 10));
  }

  @Test
  void givenSomethingThatIsNotAFolder_find_leavesItToTheNextRepository() {
    assertThat(
            new LocalFolderModelRepository(work)
                .find(new ModelReference("org/model", Revision.MAIN))
                .get())
        .isEmpty();
  }

  @Test
  void givenAPathThatEscapesTheFolder_read_refusesIt() throws Exception {
    Files.createDirectories(work.resolve("m"));
    Files.writeString(work.resolve("secret.txt"), "secret");

    var result = open("m").read("../secret.txt", 1024);

    assertThat(result.getLeft()).isInstanceOf(RepositoryFailure.Corrupt.class);
    assertThat(result.getLeft().message()).contains("outside the model folder");
  }

  @Test
  void givenAConfigLargerThanAllowed_read_refusesItWithoutLoadingIt() throws Exception {
    Files.createDirectories(work.resolve("m"));
    Files.write(work.resolve("m/config.json"), new byte[2048]);

    var result = open("m").read("config.json", 1024);

    assertThat(result.getLeft().message()).contains("2048 bytes", "1024");
  }

  @Test
  void givenATruncatedFile_readPastTheEnd_failsWithAClearMessage() throws Exception {
    Files.createDirectories(work.resolve("m"));
    Files.write(work.resolve("m/w.safetensors"), new byte[16]);

    try (var source = open("m").open("w.safetensors").get()) {
      assertThat(source.size()).isEqualTo(16);
      assertThat(source.read(8, 8).get()).hasSize(8);
      assertThat(source.read(8, 100).getLeft().message())
          .contains("w.safetensors is truncated: wanted 100 bytes at offset 8 of a 16-byte file");
    }
  }
}
