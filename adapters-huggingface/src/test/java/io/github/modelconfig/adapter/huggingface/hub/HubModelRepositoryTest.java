package io.github.modelconfig.adapter.huggingface.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.adapter.huggingface.FakeHubRepo;
import io.github.modelconfig.adapter.huggingface.ShardedRepoFixture;
import io.github.modelconfig.adapter.huggingface.format.HuggingFaceFormats;
import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.ReadCost;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.weights.ParameterCounts;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubModelRepositoryTest {

  static final String REPO = "meta-llama/Tiny-3-Shards";

  @TempDir Path dir;
  FakeHub hub;
  FakeHubRepo repo;
  final List<Duration> waits = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub();
    repo = hub.add(REPO, ShardedRepoFixture.write(dir.resolve("repo"), 3));
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  ModelRepository repository(Option<String> token) {
    HubSettings settings = HubSettings.of(hub.endpoint(), token, false);
    return new HubModelRepository(settings, () -> new HubApi(new HubHttp(settings, waits::add)));
  }

  ModelFiles found(Option<String> token) {
    return repository(token).find(new ModelReference(REPO, Revision.MAIN)).get().get();
  }

  @Test
  void givenRepoOnHub_find_listsFilesWithSizesFromOneModelInfoRequest() {
    RepoListing listing = found(Option.none()).list();

    assertThat(listing.kind()).isEqualTo(RepoKind.HUB);
    assertThat(listing.readCost()).isEqualTo(ReadCost.ROUND_TRIP);
    assertThat(listing.commit()).contains(repo.commit());
    assertThat(listing.pipelineTag()).contains("text-generation");
    assertThat(listing.files()).hasSize(6);
    long shardSize = repo.entries().get(ShardedRepoFixture.shardName(1, 3)).size();
    assertThat(listing.files().get(3).size()).contains(shardSize);
    assertThat(listing.etag(ShardedRepoFixture.shardName(1, 3)))
        .contains(repo.entries().get(ShardedRepoFixture.shardName(1, 3)).lfsSha256());
    // 3 shards x 106,816 tiny-llama parameters, all F32
    assertThat(listing.hubParameterCounts().map(ParameterCounts::byDtype))
        .contains(Map.of("F32", 320_448L));
    assertThat(hub.requests())
        .containsExactly("GET /api/models/" + REPO + "/revision/main?blobs=true");
  }

  @Test
  void givenShardOnCdn_headerRead_takesOneRangeRequestAndNeverSendsTheTokenToTheCdn() {
    ModelFiles files = found(Option.of(hub.token()));
    hub.clearRequests();

    Either<RepositoryFailure, SafetensorsHeader> header;
    try (ByteSource source = files.open(ShardedRepoFixture.shardName(2, 3)).get()) {
      header = HuggingFaceFormats.weightsInspector().safetensors(source);
    }

    // tiny llama: 256*64*2 (embed, lm_head) + 2 layers * (2*64 + 64*64*2 + 32*64*2 + 128*64*3) + 64
    assertThat(header.get().totalParameters()).isEqualTo(106_816);
    assertThat(hub.requests()).hasSize(2);
    assertThat(hub.requests().get(1)).startsWith("CDN GET /");
    assertThat(hub.leaks()).isEmpty();
  }

  @Test
  void givenSmallFile_read_followsTheRelativeRedirect() {
    ModelFiles files = found(Option.none());

    byte[] config = files.read("config.json", 1 << 20).get();

    assertThat(new String(config, StandardCharsets.UTF_8)).isEqualTo(ShardedRepoFixture.CONFIG);
    assertThat(hub.requests().get(2)).startsWith("GET /api/resolve-cache/models/" + REPO);
  }

  @Test
  void givenLfsFile_metadata_readsTheCdnRedirectHeadersWithoutFollowingIt() {
    HubSettings settings = HubSettings.of(hub.endpoint(), Option.none(), false);
    HubApi api = new HubApi(new HubHttp(settings, waits::add));
    FakeHubRepo.Entry shard = repo.entries().get(ShardedRepoFixture.shardName(1, 3));

    HubFileMetadata meta = api.metadata(RepoId.of(REPO), Revision.MAIN, shard.path()).get();

    assertThat(meta.commit()).isEqualTo(repo.commit());
    assertThat(meta.etag()).isEqualTo(shard.lfsSha256());
    assertThat(meta.size()).isEqualTo(shard.size());
    assertThat(meta.location().getPort()).isEqualTo(hub.cdnEndpoint().getPort());
    assertThat(hub.requests()).noneMatch(r -> r.startsWith("CDN"));
  }

  @Test
  void givenSmallFile_metadata_followsRelativeRedirectToTheGitEtag() {
    HubSettings settings = HubSettings.of(hub.endpoint(), Option.none(), false);
    HubApi api = new HubApi(new HubHttp(settings, waits::add));

    HubFileMetadata meta = api.metadata(RepoId.of(REPO), Revision.MAIN, "config.json").get();

    assertThat(meta.etag()).isEqualTo(repo.entries().get("config.json").blobId());
    assertThat(meta.size()).isEqualTo(ShardedRepoFixture.CONFIG.length());
    assertThat(hub.requests()).hasSize(2);
  }

  @Test
  void givenInfoWithoutSizes_find_pagesThroughTheTree() {
    hub.withoutBlobsInInfo().pageSize(4);

    ModelFiles files = found(Option.none());

    assertThat(files.list().files()).allMatch(f -> f.size().isDefined()).hasSize(6);
    assertThat(hub.requests()).filteredOn(r -> r.contains("/tree/")).hasSize(2);
    assertThat(hub.requests().get(2)).contains("cursor=4");
  }

  @Test
  void givenRenamedRepo_find_followsThe307ToTheNewId() {
    hub.rename("old-org/tiny", REPO);

    Option<ModelFiles> files =
        repository(Option.none()).find(new ModelReference("old-org/tiny", Revision.MAIN)).get();

    assertThat(files.get().list().commit()).contains(repo.commit());
  }

  @Test
  void givenPathLikeReference_find_leavesItToTheNextRepository() {
    assertThat(
            repository(Option.none())
                .find(new ModelReference("./some/folder", Revision.MAIN))
                .get())
        .isEmpty();
    assertThat(hub.requests()).isEmpty();
  }

  @Test
  void givenOfflineMode_find_failsOfflineWithoutAnyRequest() {
    HubSettings settings = HubSettings.of(hub.endpoint(), Option.none(), true);
    ModelRepository offline =
        new HubModelRepository(
            settings,
            () -> {
              throw new AssertionError("offline mode must not build an HTTP client");
            });

    Either<RepositoryFailure, Option<ModelFiles>> found =
        offline.find(new ModelReference(REPO, Revision.MAIN));

    assertThat(found.getLeft()).isInstanceOf(RepositoryFailure.Offline.class);
    assertThat(found.getLeft().hint()).contains("modelconfig download");
    assertThat(hub.requests()).isEmpty();
  }
}
