package io.github.modelconfig.adapter.huggingface.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Value: a file of a Hub repo: its path, size and etag (the LFS sha256, else the git blob id; the
 * name the shared cache gives its blob).
 */
record HubEntry(RepoFile file, Option<String> etag) {

  /** A {@code siblings[]} item of model info ({@code lfs.sha256}, {@code blobId}). */
  static Either<RepositoryFailure, HubEntry> ofSibling(JsonNode node, RepoId repoId) {
    JsonNode lfs = node.path("lfs");
    Option<String> etag = text(lfs.path("sha256")).orElse(() -> text(node.path("blobId")));
    return entry(node.path("rfilename").asText(""), size(node.path("size")), etag, repoId);
  }

  /** A tree item ({@code lfs.oid}, {@code oid}); directories give none. */
  static Either<RepositoryFailure, Option<HubEntry>> ofTree(JsonNode node, RepoId repoId) {
    if (!"file".equals(node.path("type").asText())) {
      return Either.right(Option.none());
    }
    Option<String> etag = text(node.path("lfs").path("oid")).orElse(() -> text(node.path("oid")));
    return entry(node.path("path").asText(""), size(node.path("size")), etag, repoId)
        .map(Option::of);
  }

  private static Either<RepositoryFailure, HubEntry> entry(
      String path, Option<Long> size, Option<String> etag, RepoId repoId) {
    try {
      return Either.right(new HubEntry(new RepoFile(path, size), etag));
    } catch (IllegalArgumentException e) {
      return Either.left(
          new RepositoryFailure.Corrupt(
              path,
              "The Hub listed a file '" + path + "' in '" + repoId + "' that escapes the repo.",
              "Do not use this endpoint; a real Hub never lists such paths."));
    }
  }

  private static Option<Long> size(JsonNode node) {
    return node.canConvertToLong() && node.asLong() >= 0 ? Option.of(node.asLong()) : Option.none();
  }

  private static Option<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isEmpty() ? Option.of(node.asText()) : Option.none();
  }
}
