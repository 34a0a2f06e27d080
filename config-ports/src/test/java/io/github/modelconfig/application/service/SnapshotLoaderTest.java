package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.FakeModelFileParser;
import io.github.modelconfig.application.port.out.FakeWeightsInspector;
import io.github.modelconfig.application.port.out.InMemoryModelFiles;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotLoaderTest {

  static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  static final int SHARDS = 4;

  static SnapshotLoader loader(FakeWeightsInspector inspector) {
    return new SnapshotLoader(new FakeModelFileParser(), inspector);
  }

  @Test
  void givenRemoteShardedRepo_load_readsEveryHeaderAtOnce() {
    TinyLlama repo = TinyLlama.repo("org/sharded").shards(SHARDS, "BF16").onHub(COMMIT);

    Either<RepositoryFailure, ModelSnapshot> snapshot =
        loader(repo.inspector()).load(new BarrierFiles(repo.files(), SHARDS));

    assertThat(snapshot.getOrElseThrow(f -> new AssertionError(f.message())).safetensorsHeaders())
        .hasSize(SHARDS);
    assertThat(snapshot.get().config()).isNotEmpty();
    assertThat(snapshot.get().commit()).contains(COMMIT);
  }

  @Test
  void givenLocalRepo_load_readsEverythingOnTheCallersThread() {
    TinyLlama repo = TinyLlama.repo("./tiny").shards(SHARDS, "F32");
    ThreadRecordingFiles files = new ThreadRecordingFiles(repo.files());

    Either<RepositoryFailure, ModelSnapshot> snapshot = loader(repo.inspector()).load(files);

    assertThat(snapshot.map(s -> s.safetensorsHeaders().size())).isEqualTo(Either.right(SHARDS));
    assertThat(files.threads).containsExactly(Thread.currentThread());
  }

  @Test
  void givenHubParameterCounts_load_opensNoWeightFileAndTakesTheCounts() {
    TinyLlama repo =
        TinyLlama.repo("org/counted")
            .shards(2, "BF16")
            .onHub(COMMIT, Map.of("BF16", 1000L, "F32", 24L));
    InMemoryModelFiles files = repo.files();

    ModelSnapshot snapshot = loader(repo.inspector()).load(files).get();

    assertThat(files.requests()).noneMatch(r -> r.startsWith("open"));
    assertThat(snapshot.safetensorsHeaders()).isEmpty();
    assertThat(snapshot.hubParameterCounts().get().byDtype())
        .containsExactly(Map.entry("BF16", 1000L), Map.entry("F32", 24L));
    assertThat(snapshot.parameterCount()).contains(1024L);
  }

  @Test
  void givenLocalRepoWhoseConfigCannotBeRead_load_failsWithItAndReadsNoFurther() {
    RepositoryFailure denied = new RepositoryFailure.Transport("Cannot read config.json", "chmod");
    TinyLlama repo = TinyLlama.repo("./tiny").shards(2, "F32").failing("config.json", denied);
    InMemoryModelFiles files = repo.files();

    Either<RepositoryFailure, ModelSnapshot> snapshot = loader(repo.inspector()).load(files);

    assertThat(snapshot.swap().getOrNull()).as(snapshot.toString()).isEqualTo(denied);
    assertThat(files.requests()).containsExactly("read config.json");
  }

  @Test
  void givenRemoteRepoWithTwoFailures_load_reportsTheConfigFirst() {
    RepositoryFailure config = new RepositoryFailure.Transport("config.json cut short", "retry");
    RepositoryFailure shard = new RepositoryFailure.Transport("shard cut short", "retry");
    TinyLlama repo =
        TinyLlama.repo("org/broken")
            .shards(2, "F32")
            .failing("model-00002-of-00002.safetensors", shard)
            .failing("config.json", config)
            .onHub(COMMIT);

    Either<RepositoryFailure, ModelSnapshot> snapshot = loader(repo.inspector()).load(repo.files());

    assertThat(snapshot.swap().getOrNull()).as(snapshot.toString()).isEqualTo(config);
  }

  @Test
  void givenUnchangedFingerprint_loadTwice_readsTheRepoOnce() {
    TinyLlama repo = TinyLlama.repo("./tiny").shards(1, "F32").fingerprint("v1");
    InMemoryModelFiles files = repo.files();
    SnapshotLoader loader = loader(repo.inspector());

    ModelSnapshot first = loader.load(files).get();
    List<String> requests = files.requests();
    ModelSnapshot second = loader.load(files).get();

    assertThat(second).isSameAs(first);
    assertThat(files.requests()).isEqualTo(requests);
  }

  @Test
  void givenComponentConfigsWithoutModelIndex_load_readsNone() {
    TinyLlama repo = TinyLlama.repo("org/text").file("text_encoder/config.json", "{}");
    InMemoryModelFiles files = repo.files();

    ModelSnapshot snapshot = loader(repo.inspector()).load(files).get();

    assertThat(files.requests()).doesNotContain("read text_encoder/config.json");
    assertThat(snapshot.componentConfigs()).isEmpty();
  }

  @Test
  void givenDiffusersPipeline_load_readsItsComponentConfigsAndSkipsAnUnreadableOne() {
    InMemoryModelFiles files =
        InMemoryModelFiles.repo("org/pipeline")
            .file("model_index.json", "{\"_class_name\":\"FluxPipeline\"}")
            .file("text_encoder/config.json", "{\"model_type\":\"clip\"}")
            .file("vae/config.json", "not json")
            .build();

    ModelSnapshot snapshot = loader(new FakeWeightsInspector()).load(files).get();

    assertThat(snapshot.modelIndex()).isNotEmpty();
    assertThat(snapshot.componentConfigs()).containsOnlyKeys("text_encoder");
  }
}
