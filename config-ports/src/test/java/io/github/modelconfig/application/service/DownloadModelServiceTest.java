package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.DownloadProgress;
import io.github.modelconfig.application.port.in.DownloadQuery;
import io.github.modelconfig.application.port.in.DownloadReport;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.CacheReport;
import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.application.port.out.InMemoryModelCache;
import io.github.modelconfig.application.port.out.InMemoryModelFiles;
import io.github.modelconfig.application.port.out.InMemoryModelRepository;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DownloadModelServiceTest {

  static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  final InMemoryModelCache cache = new InMemoryModelCache();

  static InMemoryModelFiles.Builder hubRepo() {
    return InMemoryModelFiles.repo("org/tiny")
        .onHub(COMMIT)
        .file("config.json", "{\"model_type\":\"llama\"}")
        .file("model.safetensors", new byte[300])
        .file("pytorch_model.bin", new byte[500]);
  }

  Either<ResolveFailure, DownloadReport> download(
      InMemoryModelFiles repo, DownloadQuery query, DownloadProgress progress) {
    return new DownloadModelService(new InMemoryModelRepository().put(repo), cache, 4)
        .download(query, progress);
  }

  @Test
  void givenHubRepo_download_storesItsConfigAndOneSetOfWeightsAndRecordsTheRef() {
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

    Either<ResolveFailure, DownloadReport> report =
        download(
            hubRepo().build(),
            new DownloadQuery(RepoId.of("org/tiny"), Revision.MAIN, false),
            progress);

    assertThat(report.get().files())
        .as(report.toString())
        .extracting(CachedFile::path)
        .containsExactly("config.json", "model.safetensors");
    assertThat(report.get().commit()).isEqualTo(COMMIT);
    assertThat(planned.get()).isEqualTo(22 + 300);
    assertThat(advanced.get()).isEqualTo(22 + 300);
    CacheReport.Repo cached = cache.scan().get().repos().get(0);
    assertThat(cached.refs()).containsEntry("main", COMMIT);
    assertThat(cached.sizeOnDisk()).isEqualTo(322);
  }

  @Test
  void givenCachedRepo_downloadAgain_readsNothing() {
    InMemoryModelFiles repo = hubRepo().build();
    download(
        repo,
        new DownloadQuery(RepoId.of("org/tiny"), Revision.MAIN, false),
        DownloadProgress.silent());
    int opened = repo.requests().size();

    Either<ResolveFailure, DownloadReport> again =
        download(
            repo,
            new DownloadQuery(RepoId.of("org/tiny"), Revision.MAIN, false),
            DownloadProgress.silent());

    assertThat(again.get().reusedFiles()).as(again.toString()).isEqualTo(2);
    assertThat(again.get().downloadedBytes()).isZero();
    assertThat(repo.requests()).hasSize(opened + 2);
  }

  @Test
  void givenRepoWithoutEtags_download_failsAsNotAHub() {
    Either<ResolveFailure, DownloadReport> report =
        download(
            hubRepo().withoutEtags().build(),
            new DownloadQuery(RepoId.of("org/tiny"), Revision.MAIN, false),
            DownloadProgress.silent());

    assertThat(report.swap().getOrNull())
        .as(report.toString())
        .isInstanceOfSatisfying(
            ResolveFailure.Unavailable.class,
            u -> assertThat(u.failure().message()).contains("no size or etag"));
  }

  @Test
  void givenRepoTheHubLacks_download_failsRepoNotFound() {
    Either<ResolveFailure, DownloadReport> report =
        download(
            hubRepo().build(),
            new DownloadQuery(RepoId.of("org/absent"), Revision.MAIN, false),
            DownloadProgress.silent());

    assertThat(report.swap().getOrNull())
        .as(report.toString())
        .isInstanceOfSatisfying(
            ResolveFailure.Unavailable.class,
            u -> {
              assertThat(u.failure().code()).isEqualTo(ErrorCode.REPO_NOT_FOUND);
              assertThat(u.failure().message()).contains("org/absent");
            });
  }

  @Test
  void givenFileThatFailsToArrive_download_returnsThatFailure() {
    RepositoryFailure cut = new RepositoryFailure.Transport("cut short", "retry");
    InMemoryModelFiles repo = hubRepo().failing("model.safetensors", cut).build();

    Either<ResolveFailure, DownloadReport> report =
        download(
            repo,
            new DownloadQuery(RepoId.of("org/tiny"), Revision.MAIN, false),
            DownloadProgress.silent());

    assertThat(report.swap().getOrNull()).isEqualTo(new ResolveFailure.Unavailable(cut));
  }
}
