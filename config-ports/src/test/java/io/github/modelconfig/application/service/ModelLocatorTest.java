package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.github.modelconfig.application.port.out.InMemoryModelRepository;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelLocatorTest {

  @Test
  void givenModelInTheCache_locate_neverAsksTheHub() {
    ModelRepository cache =
        new InMemoryModelRepository().put("org/model", Map.of("config.json", new byte[2]));
    ModelRepository hub = mock(ModelRepository.class);

    var found =
        new ModelLocator(List.of(cache, hub)).locate(new ModelReference("org/model", "main"));

    assertThat(found.get().repoId()).isEqualTo("org/model");
    verifyNoInteractions(hub);
  }

  @Test
  void givenNoRepositoryServesTheReference_locate_failsNotFound() {
    ModelRepository none = reference -> Either.right(Option.none());

    RepositoryFailure failure =
        new ModelLocator(List.of(none, none)).locate(new ModelReference("org/x", "main")).getLeft();

    assertThat(failure).isInstanceOf(RepositoryFailure.NotFound.class);
  }

  @Test
  void givenTheHubFails_locate_reportsItsFailure() {
    ModelRepository cache = new InMemoryModelRepository();
    RepositoryFailure offline = new RepositoryFailure.Offline("offline", "go online");
    ModelRepository hub = reference -> Either.left(offline);

    assertThat(
            new ModelLocator(List.of(cache, hub))
                .locate(new ModelReference("org/x", "main"))
                .getLeft())
        .isSameAs(offline);
  }
}
