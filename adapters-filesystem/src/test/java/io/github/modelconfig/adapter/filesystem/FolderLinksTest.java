package io.github.modelconfig.adapter.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links in a model folder: links to folders are followed only inside it (never out of it, never
 * round a loop), links to files wherever they lead (the HF cache is made of them).
 */
class FolderLinksTest {

  @TempDir Path work;

  private Path model;

  @BeforeEach
  void folder() throws Exception {
    model = Files.createDirectories(work.resolve("m"));
    Files.writeString(model.resolve("config.json"), "{}");
  }

  private Either<RepositoryFailure, Option<ModelFiles>> find() {
    return new LocalFolderModelRepository(work).find(new ModelReference("m", Revision.MAIN));
  }

  @Test
  void givenALinkToTheParentFolder_find_refusesItNamingTheLink() throws Exception {
    Files.createSymbolicLink(model.resolve("up"), Path.of(".."));

    RepositoryFailure failure = find().getLeft();

    assertThat(failure).isInstanceOf(RepositoryFailure.Corrupt.class);
    assertThat(failure.message()).contains("up -> ..", "never follows links out of a model folder");
  }

  @Test
  void givenALinkToTheRoot_find_refusesItWithoutWalkingTheDisk() throws Exception {
    Files.createSymbolicLink(model.resolve("root"), Path.of("/"));

    RepositoryFailure failure = find().getLeft();

    assertThat(failure.field()).isEqualTo("root");
    assertThat(failure.message()).contains("root -> /");
  }

  @Test
  void givenALoopInsideTheFolder_find_isAClearError() throws Exception {
    Files.createDirectories(model.resolve("sub"));
    Files.createSymbolicLink(model.resolve("sub/loop"), Path.of(".."));

    RepositoryFailure failure = find().getLeft();

    assertThat(failure).isInstanceOf(RepositoryFailure.Corrupt.class);
    assertThat(failure.message()).contains("loop of links", "sub/loop");
  }

  @Test
  void givenLinksInside_find_listsThroughThem() throws Exception {
    Files.createDirectories(model.resolve("v2"));
    Files.write(model.resolve("v2/w.safetensors"), new byte[12]);
    Files.createSymbolicLink(model.resolve("latest"), Path.of("v2"));
    Path outside = Files.write(work.resolve("blob"), new byte[7]);
    Files.createSymbolicLink(model.resolve("model.safetensors"), outside);

    assertThat(find().get().get().list().files())
        .containsExactly(
            RepoFile.of("config.json", 2),
            RepoFile.of("latest/w.safetensors", 12),
            RepoFile.of("model.safetensors", 7),
            RepoFile.of("v2/w.safetensors", 12));
  }

  @Test
  void givenAWeightPathThroughALinkOutside_read_refusesIt() throws Exception {
    Files.createDirectories(model.resolve("v2"));
    ModelFiles files = find().get().get();
    Files.writeString(work.resolve("secret.json"), "{}");
    Files.delete(model.resolve("v2"));
    Files.createSymbolicLink(model.resolve("v2"), Path.of(".."));

    var read = files.read("v2/secret.json", 1024);

    assertThat(read.getLeft().message()).contains("outside the model folder");
  }
}
