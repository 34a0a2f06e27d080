package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.InMemoryModelCache;
import io.github.modelconfig.application.port.out.InMemoryModelFiles;
import io.github.modelconfig.application.port.out.InMemoryModelRepository;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import org.junit.jupiter.api.Test;

class CacheFillingRepositoryTest {

  static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  final InMemoryModelCache cache = new InMemoryModelCache();

  private ModelFiles find(InMemoryModelFiles repo) {
    return new CacheFillingRepository(new InMemoryModelRepository().put(repo), cache)
        .find(new ModelReference(RepoId.of("org/tiny"), Revision.MAIN))
        .get()
        .get();
  }

  @Test
  void givenAFileReadOnce_readAgain_isServedByTheCacheWithTheRefAndMissingMarkers() {
    InMemoryModelFiles repo =
        InMemoryModelFiles.repo("org/tiny")
            .file("config.json", TinyLlama.CONFIG)
            .onHub(COMMIT)
            .build();

    byte[] first = find(repo).read("config.json", 1 << 20).get();
    int served = repo.requests().size();
    byte[] second = find(repo).read("config.json", 1 << 20).get();

    assertThat(second).isEqualTo(first);
    assertThat(repo.requests()).hasSize(served);
    assertThat(cache.scan().get().repos().get(0).refs()).containsEntry("main", COMMIT);
    assertThat(cache.missing())
        .containsExactly(
            "org/tiny/" + COMMIT + "/generation_config.json",
            "org/tiny/" + COMMIT + "/model_index.json");
  }

  @Test
  void givenAnEtagThatIsNoDigest_read_answersWithoutCaching() {
    InMemoryModelFiles repo =
        InMemoryModelFiles.repo("org/tiny")
            .file("config.json", TinyLlama.CONFIG)
            .etag("config.json", "../../x")
            .onHub(COMMIT)
            .build();

    assertThat(find(repo).read("config.json", 1 << 20).get()).hasSize(TinyLlama.CONFIG.length());
    assertThat(cache.scan().get().repos()).isEmpty();
  }
}
