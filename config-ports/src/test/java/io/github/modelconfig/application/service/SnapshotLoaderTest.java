package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.InMemoryModelRepository;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class SnapshotLoaderTest {

  static final int SHARDS = 4;

  final ModelFileParser parser = (name, bytes) -> Either.right(RawModelConfig.of(Map.of()));

  /** A Hub repo whose shard opens wait until every shard is being opened at once. */
  static class BarrierFiles implements ModelFiles {
    final ModelFiles delegate;
    final CyclicBarrier barrier = new CyclicBarrier(SHARDS);

    BarrierFiles(ModelFiles delegate) {
      this.delegate = delegate;
    }

    @Override
    public String repoId() {
      return delegate.repoId();
    }

    @Override
    public RepoKind kind() {
      return RepoKind.HUB;
    }

    @Override
    public Option<String> commit() {
      return Option.none();
    }

    @Override
    public List<RepoFile> list() {
      return delegate.list();
    }

    @Override
    public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
      return delegate.read(path, maxBytes);
    }

    @Override
    public Either<RepositoryFailure, ByteSource> open(String path) {
      try {
        barrier.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
        return Either.left(new RepositoryFailure.Transport("sequential: " + e, "parallelise"));
      }
      return delegate.open(path);
    }
  }

  @Test
  void givenRemoteShardedRepo_load_readsEveryHeaderConcurrently() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("config.json", "{}".getBytes());
    for (int i = 1; i <= SHARDS; i++) {
      files.put("model-0000" + i + "-of-0000" + SHARDS + ".safetensors", new byte[16]);
    }
    ModelFiles hub =
        new InMemoryModelRepository()
            .put("org/sharded", files)
            .find(new ModelReference("org/sharded", "main"))
            .get()
            .get();
    WeightsInspector inspector =
        new SafetensorsOnlyInspector(
            source ->
                Either.right(new SafetensorsHeader(List.of(), Map.of("file", source.name()), 2)));

    Either<RepositoryFailure, ModelSnapshot> snapshot =
        new SnapshotLoader(parser, inspector).load(new BarrierFiles(hub));

    assertThat(snapshot.get().safetensorsHeaders()).hasSize(SHARDS);
    assertThat(snapshot.get().config()).isNotEmpty();
  }

  @Test
  void givenHubParameterCounts_load_opensNoWeightFile() {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("config.json", "{}".getBytes());
    files.put("model-00001-of-00002.safetensors", new byte[16]);
    files.put("model-00002-of-00002.safetensors", new byte[16]);
    ModelFiles inMemory =
        new InMemoryModelRepository()
            .put("org/counted", files)
            .find(new ModelReference("org/counted", "main"))
            .get()
            .get();
    ModelFiles hub =
        new BarrierFiles(inMemory) {
          @Override
          public Either<RepositoryFailure, ByteSource> open(String path) {
            throw new AssertionError("no weight file may be opened: " + path);
          }

          @Override
          public Map<String, Long> hubParameterCounts() {
            return Map.of("BF16", 1000L, "F32", 24L);
          }
        };

    ModelSnapshot snapshot =
        new SnapshotLoader(parser, new SafetensorsOnlyInspector(source -> Either.left(null)))
            .load(hub)
            .get();

    assertThat(snapshot.safetensorsHeaders()).hasSize(2);
    assertThat(
            snapshot.safetensorsHeaders().values().stream()
                .mapToLong(SafetensorsHeader::totalParameters)
                .sum())
        .isEqualTo(1024);
  }
}
