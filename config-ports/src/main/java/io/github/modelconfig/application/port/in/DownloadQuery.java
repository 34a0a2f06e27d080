package io.github.modelconfig.application.port.in;

import java.util.Objects;

/** Use-case query: which repo and revision to download, and whether to fetch cached files again. */
public record DownloadQuery(String repoId, String revision, boolean forceDownload) {

  public DownloadQuery {
    Objects.requireNonNull(repoId, "repoId");
    Objects.requireNonNull(revision, "revision");
  }
}
