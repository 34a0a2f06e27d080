package io.github.modelconfig.adapter.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ReadCost;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HfCacheModelRepositoryTest {

  static final String REPO = "google-bert/bert-base-uncased";
  static final byte[] CONFIG = "{\"model_type\":\"bert\"}".getBytes(StandardCharsets.UTF_8);

  @TempDir Path cache;

  @BeforeEach
  void fill() throws IOException {
    PythonCacheFixture.put(cache, REPO, "config.json", PythonCacheFixture.CONFIG_ETAG, CONFIG);
    PythonCacheFixture.put(
        cache, REPO, "model.safetensors", PythonCacheFixture.WEIGHTS_ETAG, new byte[16]);
    PythonCacheFixture.noExist(cache, REPO, "generation_config.json");
  }

  Option<ModelFiles> find(String id, String revision, boolean offline) {
    return new HfCacheModelRepository(cache, offline)
        .find(new ModelReference(id, new Revision(revision)))
        .get();
  }

  @Test
  void givenPythonCachedRepo_findMain_servesTheSnapshotThroughRefs() {
    ModelFiles files = find(REPO, "main", false).get();

    assertThat(files.list().kind()).isEqualTo(RepoKind.HF_CACHE);
    assertThat(files.list().commit()).contains(PythonCacheFixture.COMMIT);
    assertThat(files.list().readCost()).isEqualTo(ReadCost.LOCAL);
    assertThat(files.list().files())
        .extracting(f -> f.path() + ":" + f.size().get())
        .containsExactly("config.json:" + CONFIG.length, "model.safetensors:16");
    assertThat(files.read("config.json", 100).get()).isEqualTo(CONFIG);
  }

  @Test
  void givenCommitHash_find_servesThatSnapshotWithoutRefs() {
    assertThat(find(REPO, PythonCacheFixture.COMMIT, false)).isNotEmpty();
  }

  @Test
  void givenUnknownBranchOrRepo_find_leavesItToTheHub() {
    assertThat(find(REPO, "v2", true)).isEmpty();
    assertThat(find("org/other", "main", true)).isEmpty();
    assertThat(find("./folder", "main", true)).isEmpty();
  }

  @Test
  void givenPartialSnapshot_find_answersOnlyOffline() throws IOException {
    PythonCacheFixture.put(
        cache, "org/partial", "config.json", PythonCacheFixture.CONFIG_ETAG, CONFIG);

    assertThat(find("org/partial", "main", false)).isEmpty();
    assertThat(find("org/partial", "main", true)).isNotEmpty();
  }

  @Test
  void givenNoExistMarker_read_saysTheFileIsKnownMissing() {
    ModelFiles files = find(REPO, "main", true).get();

    RepositoryFailure known = files.read("generation_config.json", 100).getLeft();
    RepositoryFailure uncached = files.read("tokenizer.json", 100).getLeft();

    assertThat(known.message()).contains("does not exist");
    assertThat(uncached.message()).contains("is not in the cache");
  }
}
