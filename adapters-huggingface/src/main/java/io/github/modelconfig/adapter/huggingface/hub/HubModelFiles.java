package io.github.modelconfig.adapter.huggingface.hub;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ReadCost;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.ParameterCounts;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Driven adapter: a Hub repo pinned to the commit its revision resolved to, listed with the model
 * info's pipeline tag and parameter counts; small files are fetched whole, big ones opened for
 * range reads, each a round trip.
 */
final class HubModelFiles implements ModelFiles {

  private final HubApi api;
  private final HubModelInfo info;
  private final RepoListing listing;

  HubModelFiles(HubApi api, String repoId, HubModelInfo info, List<HubEntry> entries) {
    this.api = api;
    this.info = info;
    Map<String, HubEntry> byPath = new LinkedHashMap<>();
    entries.forEach(e -> byPath.put(e.file().path(), e));
    Map<String, String> etags = new LinkedHashMap<>();
    byPath.forEach((path, e) -> e.etag().forEach(etag -> etags.put(path, etag)));
    this.listing =
        new RepoListing(
            repoId,
            RepoKind.HUB,
            Option.of(info.sha()),
            byPath.values().stream().map(HubEntry::file).toList(),
            etags,
            ReadCost.ROUND_TRIP,
            info.pipelineTag(),
            info.parametersByDtype().isEmpty()
                ? Option.none()
                : Option.of(new ParameterCounts(info.parametersByDtype())),
            Option.none());
  }

  @Override
  public RepoListing list() {
    return listing;
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
    HubErrors.Target target = api.target(info.id(), info.commit(), path);
    Option<Long> known = listing.file(path).flatMap(RepoFile::size);
    if (known.exists(size -> size > maxBytes)) {
      return Either.left(tooBig(path, known.get() + " bytes", maxBytes));
    }
    return api.get(
            api.resolveUrl(info.id(), info.commit(), path),
            Map.of(),
            target,
            HubRead.metadata(maxBytes))
        .flatMap(
            reply ->
                reply.cut() || reply.body().length > maxBytes
                    ? Either.left(tooBig(path, "over " + maxBytes + " bytes", maxBytes))
                    : Either.right(reply.body()));
  }

  @Override
  public Either<RepositoryFailure, ByteSource> open(String path) {
    HubErrors.Target target = api.target(info.id(), info.commit(), path);
    Option<Long> known = listing.file(path).flatMap(RepoFile::size);
    Either<RepositoryFailure, Long> size =
        known.isDefined()
            ? Either.right(known.get())
            : api.metadata(info.id(), info.commit(), path).map(HubFileMetadata::size);
    return size.map(
        s ->
            new HubByteSource(
                api, api.resolveUrl(info.id(), info.commit(), path), path, s, target));
  }

  private static RepositoryFailure tooBig(String path, String size, long maxBytes) {
    return new RepositoryFailure.Corrupt(
        path,
        path + " is " + size + ", more than the " + maxBytes + " a config file may have.",
        "Check that " + path + " is the model's config and not another file.");
  }
}
