package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.InMemoryModelFiles;
import io.github.modelconfig.application.port.out.InMemoryModelRepository;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelLocatorTest {

  final InMemoryModelRepository cache = new InMemoryModelRepository();
  final InMemoryModelRepository hub = new InMemoryModelRepository();

  Either<RepositoryFailure, ModelFiles> locate(String id) {
    return new ModelLocator(List.of(cache, hub)).locate(new ModelReference(id, Revision.MAIN));
  }

  @Test
  void givenModelInTheCache_locate_neverAsksTheHub() {
    cache.put(InMemoryModelFiles.repo("org/model").file("config.json", "{}").build());

    Either<RepositoryFailure, ModelFiles> found = locate("org/model");

    assertThat(found.map(f -> f.list().repoId())).isEqualTo(Either.right("org/model"));
    assertThat(hub.asked()).isEmpty();
  }

  @Test
  void givenNoRepositoryServesTheReference_locate_failsNotFoundNamingIt() {
    Either<RepositoryFailure, ModelFiles> found = locate("org/x");

    assertThat(found.swap().getOrNull())
        .as(found.toString())
        .isInstanceOfSatisfying(
            RepositoryFailure.NotFound.class,
            f -> {
              assertThat(f.what()).isEqualTo(RepositoryFailure.Missing.REPO);
              assertThat(f.message()).contains("org/x");
            });
    assertThat(cache.asked()).containsExactly("find org/x@main");
    assertThat(hub.asked()).containsExactly("find org/x@main");
  }

  @Test
  void givenTheHubFails_locate_reportsItsFailure() {
    RepositoryFailure offline = new RepositoryFailure.Offline("offline", "go online");
    hub.failing("org/x", offline);

    assertThat(locate("org/x").swap().getOrNull()).isSameAs(offline);
  }

  @Test
  void givenALocalWeightFile_locateFile_answersItsFolderFromTheFirstRepositoryHoldingIt() {
    ModelFiles folder = InMemoryModelFiles.repo("/m").file("w.gguf", "g").build();
    hub.putLocalFile("/m/w.gguf", folder);

    Either<RepositoryFailure, io.vavr.control.Option<ModelFiles>> found =
        new ModelLocator(List.of(cache, hub)).locateFile("/m/w.gguf");

    assertThat(found.get()).containsExactly(folder);
    assertThat(cache.asked()).containsExactly("findFile /m/w.gguf");
  }
}
