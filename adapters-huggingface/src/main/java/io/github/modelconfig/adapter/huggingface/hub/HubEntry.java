package io.github.modelconfig.adapter.huggingface.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.regex.Pattern;

/**
 * Value: a file of a Hub repo: its path, size and etag (the LFS sha256, else the git blob id; the
 * name the shared cache gives its blob). A path that escapes the repo or an etag that is not a hash
 * is the server's fault, reported as such.
 */
record HubEntry(RepoFile file, Option<String> etag) {

  /** A git blob id (sha1) or an LFS sha256, as the Hub writes them. */
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

  /** A {@code siblings[]} item of model info ({@code lfs.sha256}, {@code blobId}). */
  static Either<RepositoryFailure, HubEntry> ofSibling(
      JsonNode node, RepoId repoId, String server) {
    JsonNode lfs = node.path("lfs");
    Option<String> etag = text(lfs.path("sha256")).orElse(() -> text(node.path("blobId")));
    return entry(node.path("rfilename").asText(""), size(node.path("size")), etag, repoId, server);
  }

  /** A tree item ({@code lfs.oid}, {@code oid}); directories give none. */
  static Either<RepositoryFailure, Option<HubEntry>> ofTree(
      JsonNode node, RepoId repoId, String server) {
    if (!"file".equals(node.path("type").asText())) {
      return Either.right(Option.none());
    }
    Option<String> etag = text(node.path("lfs").path("oid")).orElse(() -> text(node.path("oid")));
    return entry(node.path("path").asText(""), size(node.path("size")), etag, repoId, server)
        .map(Option::of);
  }

  private static Either<RepositoryFailure, HubEntry> entry(
      String path, Option<Long> size, Option<String> etag, RepoId repoId, String server) {
    RepoFile file;
    try {
      file = new RepoFile(path, size);
    } catch (IllegalArgumentException e) {
      return Either.left(
          serverFault(
              server,
              "listed a file '" + shown(path) + "' in '" + repoId + "' that escapes the repo"));
    }
    if (etag.exists(e -> !HASH.matcher(e).matches())) {
      return Either.left(
          serverFault(
              server,
              "gave '"
                  + shown(path)
                  + "' in '"
                  + repoId
                  + "' the blob id '"
                  + shown(etag.get())
                  + "', which is not a git or sha256 hash"));
    }
    return Either.right(new HubEntry(file, etag));
  }

  private static RepositoryFailure serverFault(String server, String what) {
    return new RepositoryFailure.Transport(
        "The server at "
            + server
            + " "
            + what
            + "; a Hugging Face Hub never does: the server is at fault, nothing was written.",
        "Do not use this endpoint (HF_ENDPOINT); report it to whoever runs it.");
  }

  /** At most 120 characters, control characters escaped, for a message. */
  private static String shown(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < 120; i++) {
      char c = text.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return text.length() > 120 ? out + "…" : out.toString();
  }

  private static Option<Long> size(JsonNode node) {
    return node.canConvertToLong() && node.asLong() >= 0 ? Option.of(node.asLong()) : Option.none();
  }

  private static Option<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isEmpty() ? Option.of(node.asText()) : Option.none();
  }
}
