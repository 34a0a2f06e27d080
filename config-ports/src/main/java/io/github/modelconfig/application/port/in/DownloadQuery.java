package io.github.modelconfig.application.port.in;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Use-case query: which repo and revision to download, which weights (an encoding, or exact weight
 * files; by default the repo's only set of weights), and whether to fetch cached files again.
 */
public record DownloadQuery(
    String repoId,
    String revision,
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
  public DownloadQuery(String repoId, String revision, boolean forceDownload) {
    this(repoId, revision, forceDownload, Option.none(), List.of());
  }
}
