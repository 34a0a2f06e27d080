package io.github.modelconfig.application.port.in;

import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.domain.repo.RepoId;
import java.util.List;

/** Use-case outcome: the repo and commit downloaded, and each file with what this run fetched. */
public record DownloadReport(
    RepoId repoId, String commit, String snapshot, List<CachedFile> files) {

  public DownloadReport {
    files = List.copyOf(files);
  }

  public long downloadedBytes() {
    return files.stream().mapToLong(CachedFile::downloadedBytes).sum();
  }

  public long reusedFiles() {
    return files.stream().filter(CachedFile::reused).count();
  }
}
