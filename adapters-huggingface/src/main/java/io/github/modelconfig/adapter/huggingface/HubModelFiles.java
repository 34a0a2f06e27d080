package io.github.modelconfig.adapter.huggingface;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;

/**
 * Driven adapter: a Hub repo pinned to the commit its revision resolved to; small files are fetched
 * whole, big ones opened for range reads.
 */
final class HubModelFiles implements ModelFiles {

  private final HubApi api;
  private final String repoId;
  private final HubModelInfo info;
  private final Map<String, HubEntry> entries;

  HubModelFiles(HubApi api, String repoId, HubModelInfo info, List<HubEntry> entries) {
    this.api = api;
    this.repoId = repoId;
    this.info = info;
    this.entries = new java.util.LinkedHashMap<>();
    entries.forEach(e -> this.entries.put(e.file().path(), e));
  }

  @Override
  public String repoId() {
    return repoId;
  }

  @Override
  public RepoKind kind() {
    return RepoKind.HUB;
  }

  @Override
  public Option<String> commit() {
    return Option.of(info.sha());
  }

  @Override
  public List<RepoFile> list() {
    return entries.values().stream().map(HubEntry::file).toList();
  }

  @Override
  public Option<String> pipelineTag() {
    return info.pipelineTag();
  }

  @Override
  public Map<String, Long> hubParameterCounts() {
    return info.parametersByDtype();
  }

  @Override
  public Option<String> etag(String path) {
    return Option.of(entries.get(path)).flatMap(HubEntry::etag);
  }

  @Override
  public Either<RepositoryFailure, byte[]> read(String path, long maxBytes) {
    HubErrors.Target target = api.target(info.id(), info.sha(), path);
    Option<Long> known = Option.of(entries.get(path)).flatMap(e -> e.file().size());
    if (known.exists(size -> size > maxBytes)) {
      return Either.left(tooBig(path, known.get(), maxBytes));
    }
    return api.get(api.resolveUrl(info.id(), info.sha(), path), Map.of(), target)
        .flatMap(
            reply ->
                reply.body().length > maxBytes
                    ? Either.left(tooBig(path, reply.body().length, maxBytes))
                    : Either.right(reply.body()));
  }

  @Override
  public Either<RepositoryFailure, ByteSource> open(String path) {
    HubErrors.Target target = api.target(info.id(), info.sha(), path);
    Option<Long> known = Option.of(entries.get(path)).flatMap(e -> e.file().size());
    Either<RepositoryFailure, Long> size =
        known.isDefined()
            ? Either.right(known.get())
            : api.metadata(info.id(), info.sha(), path).map(HubFileMetadata::size);
    return size.map(
        s -> new HubByteSource(api, api.resolveUrl(info.id(), info.sha(), path), path, s, target));
  }

  private static RepositoryFailure tooBig(String path, long size, long maxBytes) {
    return new RepositoryFailure.Corrupt(
        path,
        path + " is " + size + " bytes, more than the " + maxBytes + " a config file may have.",
        "Check that " + path + " is the model's config and not another file.");
  }
}
