package io.github.modelconfig.application.port.in;

import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import java.util.List;
import java.util.Objects;

/**
 * Use-case outcome: the resolution the download followed (a misfit on this machine is one of its
 * warnings), and per Hub repo the commit and the files now in the cache.
 */
public record DownloadReport(ResolvedModelConfig resolution, List<RepoDownload> repos) {

  public DownloadReport {
    Objects.requireNonNull(resolution, "resolution");
    repos = List.copyOf(repos);
  }

  /** One repo's share: its id, the commit, the snapshot folder and each file. */
  public record RepoDownload(
      String repoId, String commit, String snapshot, List<CachedFile> files) {

    public RepoDownload {
      files = List.copyOf(files);
    }
  }

  public List<CachedFile> files() {
    return repos.stream().flatMap(r -> r.files().stream()).toList();
  }

  public long downloadedBytes() {
    return files().stream().mapToLong(CachedFile::downloadedBytes).sum();
  }

  public long reusedFiles() {
    return files().stream().filter(CachedFile::reused).count();
  }
}
