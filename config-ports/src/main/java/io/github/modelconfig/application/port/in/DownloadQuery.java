package io.github.modelconfig.application.port.in;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Use-case query: which repo and revision to download, which weights (an encoding, or exact weight
 * files; by default the repo's only set of weights), and whether to fetch cached files again.
 */
public record DownloadQuery(
    RepoId repoId,
    Revision revision,
    boolean forceDownload,
    Option<SupportedEncoding> quantizationEncoding,
    List<String> weightPath) {

  public DownloadQuery {
    Objects.requireNonNull(repoId, "repoId");
    Objects.requireNonNull(revision, "revision");
    Objects.requireNonNull(quantizationEncoding, "quantizationEncoding");
    weightPath = List.copyOf(weightPath);
  }

  /** The repo's default weights. */
  public DownloadQuery(RepoId repoId, Revision revision, boolean forceDownload) {
    this(repoId, revision, forceDownload, Option.none(), List.of());
  }
}
