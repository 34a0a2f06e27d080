package io.github.modelconfig.application.port.in;

import java.util.Objects;

/**
 * Use-case query: the resolve request whose files to download (every option of {@code resolve}, the
 * draft model's too; {@code force_download} fetches cached files again), and whether cached and
 * fetched files are checked against the Hub's digests.
 */
public record DownloadQuery(ResolveQuery resolve, boolean verify) {

  public DownloadQuery {
    Objects.requireNonNull(resolve, "resolve");
  }
}
