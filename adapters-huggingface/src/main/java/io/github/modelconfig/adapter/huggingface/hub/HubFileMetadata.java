package io.github.modelconfig.adapter.huggingface.hub;

import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import java.net.URI;

/**
 * Value: a file's metadata from a resolve HEAD: commit ({@code X-Repo-Commit}), normalised etag
 * ({@code X-Linked-Etag} or {@code ETag}), size ({@code X-Linked-Size}, or {@code Content-Length}
 * when not a redirect) and where to download it.
 */
record HubFileMetadata(String commit, String etag, long size, URI location) {

  static Either<RepositoryFailure, HubFileMetadata> of(HubResponse reply, HubErrors.Target target) {
    String commit = reply.header("X-Repo-Commit").orElse("");
    String etag =
        normaliseEtag(reply.header("X-Linked-Etag").or(() -> reply.header("ETag")).orElse(""));
    String size =
        reply
            .header("X-Linked-Size")
            .or(
                () ->
                    reply.isRedirect()
                        ? java.util.Optional.empty()
                        : reply.header("Content-Length"))
            .orElse("");
    if (commit.isEmpty() || etag.isEmpty() || !size.matches("\\d{1,18}")) {
      return Either.left(
          new RepositoryFailure.Transport(
              "The reply for "
                  + target.subject()
                  + " lacks X-Repo-Commit, ETag or a size; it does not seem to come from a"
                  + " Hugging Face Hub.",
              "Check HF_ENDPOINT and any proxy in between."));
    }
    URI location = reply.header("Location").map(reply.uri()::resolve).orElse(reply.uri());
    return Either.right(new HubFileMetadata(commit, etag, Long.parseLong(size), location));
  }

  /** Drops a leading {@code W/} and the surrounding quotes. */
  static String normaliseEtag(String etag) {
    String e = etag.strip();
    if (e.startsWith("W/")) {
      e = e.substring(2);
    }
    if (e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"")) {
      e = e.substring(1, e.length() - 1);
    }
    return e;
  }
}
