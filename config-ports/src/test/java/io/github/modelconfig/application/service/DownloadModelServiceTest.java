package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.DownloadProgress;
import io.github.modelconfig.application.port.in.DownloadQuery;
import io.github.modelconfig.application.port.in.DownloadReport;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.application.port.out.CacheReport;
import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.application.port.out.FakeModelFileParser;
import io.github.modelconfig.application.port.out.InMemoryDeviceCatalog;
import io.github.modelconfig.application.port.out.InMemoryModelCache;
import io.github.modelconfig.application.port.out.InMemoryModelFiles;
import io.github.modelconfig.application.port.out.InMemoryModelRepository;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DownloadModelServiceTest {

  static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  static final long GIB = 1L << 30;

  final InMemoryModelCache cache = new InMemoryModelCache();
  long cpuMemory = 64 * GIB;

  static TinyLlama hubRepo() {
    return TinyLlama.repo("org/tiny")
        .shards(2, "F32")
        .file("model.safetensors.index.json", "{\"weight_map\":{}}")
        .file("tokenizer.json", "{}")
        .file("README.md", "# tiny")
        .file("pytorch_model.bin", "not fetched")
        .file("pytorch_model.bin.index.json", "{}")
        .file("original/consolidated.00.pth", "not fetched")
        .onHub(COMMIT);
  }

  Either<ResolveFailure, DownloadReport> download(
      TinyLlama tiny, InMemoryModelFiles repo, String model, DownloadProgress progress) {
    Device cpu =
        new Device(
            DeviceSpec.cpu(), "host", Option.none(), cpuMemory, cpuMemory, Option.none(), "test");
    return new DownloadModelService(
            List.of(new InMemoryModelRepository().put(repo)),
            repositories ->
                new ResolveModelConfigService(
                    repositories,
                    new FakeModelFileParser(),
                    tiny.inspector(),
                    InMemoryDeviceCatalog.of(cpu),
                    ArchitectureRegistry.defaults()),
            cache,
            4)
        .download(
            new DownloadQuery(new ResolveQuery(ModelConfigRequest.of(model)), false), progress);
  }

  @Test
  void givenHubRepo_download_storesWhatARuntimeNeedsAndRecordsTheRef() {
    AtomicLong planned = new AtomicLong();
    AtomicLong advanced = new AtomicLong();
    DownloadProgress progress =
        new DownloadProgress() {
          @Override
          public void planned(int files, long bytes) {
            planned.set(bytes);
          }

          @Override
          public void advanced(long bytes) {
            advanced.addAndGet(bytes);
          }
        };
    TinyLlama tiny = hubRepo();

    Either<ResolveFailure, DownloadReport> report =
        download(tiny, tiny.files(), "org/tiny", progress);

    assertThat(report.get().files())
        .as(report.toString())
        .extracting(CachedFile::path)
        .containsExactly(
            "config.json",
            "generation_config.json",
            "model-00001-of-00002.safetensors",
            "model-00002-of-00002.safetensors",
            "model.safetensors.index.json",
            "tokenizer.json");
    assertThat(report.get().repos().get(0).commit()).isEqualTo(COMMIT);
    assertThat(report.get().resolution().weightPath()).hasSize(2);
    assertThat(planned.get()).isEqualTo(advanced.get()).isPositive();
    CacheReport.Repo cached = cache.scan().get().repos().get(0);
    assertThat(cached.refs()).containsEntry("main", COMMIT);
  }

  @Test
  void givenCachedRepo_downloadAgain_fetchesNothing() {
    TinyLlama tiny = hubRepo();
    InMemoryModelFiles repo = tiny.files();
    download(tiny, repo, "org/tiny", DownloadProgress.silent());

    Either<ResolveFailure, DownloadReport> again =
        download(tiny, repo, "org/tiny", DownloadProgress.silent());

    assertThat(again.get().reusedFiles()).as(again.toString()).isEqualTo(6);
    assertThat(again.get().downloadedBytes()).isZero();
  }

  @Test
  void givenModelTooBigForThisMachine_download_warnsAndFetches() {
    cpuMemory = 1024;
    TinyLlama tiny = hubRepo();

    Either<ResolveFailure, DownloadReport> report =
        download(tiny, tiny.files(), "org/tiny", DownloadProgress.silent());

    assertThat(report.get().resolution().warnings())
        .as(report.toString())
        .anyMatch(w -> w.code() == WarningCode.MEMORY_MISFIT);
    assertThat(report.get().files()).hasSize(6);
  }

  @Test
  void givenRepoWithoutEtags_download_failsAsNotAHub() {
    TinyLlama tiny = hubRepo().withoutEtags();
    Either<ResolveFailure, DownloadReport> report =
        download(tiny, tiny.files(), "org/tiny", DownloadProgress.silent());

    assertThat(report.swap().getOrNull())
        .as(report.toString())
        .isInstanceOfSatisfying(
            ResolveFailure.Unavailable.class,
            u -> assertThat(u.failure().message()).contains("no size, etag or commit"));
  }

  @Test
  void givenRepoTheHubLacks_download_failsRepoNotFoundAndStoresNothing() {
    TinyLlama tiny = hubRepo();
    Either<ResolveFailure, DownloadReport> report =
        download(tiny, tiny.files(), "org/absent", DownloadProgress.silent());

    assertThat(report.getLeft().errors().head().code()).isEqualTo(ErrorCode.REPO_NOT_FOUND);
    assertThat(cache.scan().get().repos()).isEmpty();
  }

  @Test
  void givenFileThatFailsToArrive_download_returnsThatFailure() {
    RepositoryFailure cut = new RepositoryFailure.Transport("cut short", "retry");
    TinyLlama tiny = hubRepo().failing("tokenizer.json", cut);

    Either<ResolveFailure, DownloadReport> report =
        download(tiny, tiny.files(), "org/tiny", DownloadProgress.silent());

    assertThat(report.swap().getOrNull()).isEqualTo(new ResolveFailure.Unavailable(cut));
  }

  @Test
  void givenAnEtagThatIsAPath_download_refusesItAsTheServersFaultAndStoresNothing() {
    TinyLlama tiny = hubRepo().etag("tokenizer.json", "../../x");

    Either<ResolveFailure, DownloadReport> report =
        download(tiny, tiny.files(), "org/tiny", DownloadProgress.silent());

    assertThat(report.getLeft().errors().head().message())
        .contains("'../../x', neither a sha256 nor a git blob id");
    assertThat(cache.scan().get().repos()).isEmpty();
  }
}
