package io.github.modelconfig.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import org.junit.jupiter.api.Test;

class ModelReferenceTest {

  @Test
  void givenARepoIdOrAPath_repoId_readsOnlyTheRepoId() {
    assertThat(new ModelReference("org/name", Revision.MAIN).repoId())
        .contains(RepoId.of("org/name"));
    assertThat(new ModelReference("gpt2", Revision.MAIN).repoId()).contains(RepoId.of("gpt2"));
    assertThat(new ModelReference("./org/name", Revision.MAIN).repoId()).isEmpty();
    assertThat(new ModelReference("/models/llama", Revision.MAIN).repoId()).isEmpty();
    assertThat(new ModelReference("org/name/w.gguf", Revision.MAIN).repoId()).isEmpty();
  }

  @Test
  void givenARepoId_constructor_keepsItsText() {
    ModelReference reference = new ModelReference(RepoId.of("org/name"), new Revision("v1"));

    assertThat(reference.id()).isEqualTo("org/name");
    assertThat(reference.revision().value()).isEqualTo("v1");
  }
}
