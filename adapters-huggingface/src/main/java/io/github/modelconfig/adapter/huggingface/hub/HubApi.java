package io.github.modelconfig.adapter.huggingface.hub;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Driven adapter: the Hub's REST API: model info (with file sizes and blob ids), the recursive tree
 * listing with {@code Link} pagination, file metadata by HEAD, and resolve URLs.
 */
final class HubApi {

  /**
   * Hub replies as trees: duplicate keys refused, NaN and Infinity accepted (the Hub echoes fields
   * of Python-written files), nesting and string length bounded so a hostile endpoint cannot make
   * the client build huge trees. Loaded only when the Hub is asked, so local runs never pay for an
   * ObjectMapper.
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(64)
                          .maxStringLength(1 << 24)
                          .build())
                  .build())
          .build();

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
  private static final int MAX_PAGES = 1000;

  private final HubHttp http;

  HubApi(HubHttp http) {
    this.http = http;
  }

  URI endpoint() {
    return http.settings().endpoint();
  }

  /** The endpoint for messages, without credentials. */
  String server() {
    return Redacted.uri(endpoint());
  }

  HubErrors.Target target(RepoId repoId, Revision revision, String path) {
    return new HubErrors.Target(endpoint(), repoId, revision, path);
  }

  /** {@code GET /api/models/{id}/revision/{rev}?blobs=true}: the commit, tag and file list. */
  Either<RepositoryFailure, HubModelInfo> modelInfo(RepoId repoId, Revision revision) {
    URI uri =
        URI.create(
            endpoint()
                + "/api/models/"
                + repoId
                + "/revision/"
                + UrlQuote.quote(revision.value())
                + "?blobs=true");
    HubErrors.Target target = target(repoId, revision, "");
    return http.send("GET", uri, Map.of("Accept", "application/json"), false, target, jsonRead())
        .flatMap(reply -> json(reply, target, "model info"))
        .flatMap(root -> HubModelInfo.parse(root, repoId, server()));
  }

  /** {@code GET /api/models/{id}/tree/{rev}?recursive=true}, following {@code rel="next"}. */
  Either<RepositoryFailure, List<HubEntry>> tree(RepoId repoId, Revision revision) {
    URI next =
        URI.create(
            endpoint()
                + "/api/models/"
                + repoId
                + "/tree/"
                + UrlQuote.quote(revision.value())
                + "?recursive=true");
    HubErrors.Target target = target(repoId, revision, "");
    List<HubEntry> entries = new ArrayList<>();
    for (int page = 0; page < MAX_PAGES && next != null; page++) {
      Either<RepositoryFailure, HubResponse> reply =
          http.send("GET", next, Map.of("Accept", "application/json"), false, target, jsonRead());
      if (reply.isLeft()) {
        return Either.left(reply.getLeft());
      }
      Either<RepositoryFailure, JsonNode> body = json(reply.get(), target, "file listing");
      if (body.isLeft()) {
        return Either.left(body.getLeft());
      }
      for (JsonNode item : body.get()) {
        Either<RepositoryFailure, Option<HubEntry>> entry = HubEntry.ofTree(item, repoId, server());
        if (entry.isLeft()) {
          return Either.left(entry.getLeft());
        }
        entry.get().forEach(entries::add);
      }
      next = nextPage(reply.get()).map(reply.get().uri()::resolve).getOrNull();
    }
    return Either.right(List.copyOf(entries));
  }

  /**
   * {@code HEAD /{id}/resolve/{rev}/{path}} as {@code huggingface_hub} does it: relative redirects
   * followed, the CDN redirect's {@code X-Linked-*} headers read.
   */
  Either<RepositoryFailure, HubFileMetadata> metadata(
      RepoId repoId, Revision revision, String path) {
    HubErrors.Target target = target(repoId, revision, path);
    return http.send(
            "HEAD",
            resolveUrl(repoId, revision, path),
            Map.of("Accept-Encoding", "identity"),
            false,
            target,
            HubRead.headers())
        .flatMap(reply -> HubFileMetadata.of(reply, target));
  }

  /** A GET that follows every redirect (the token stays on the Hub's origin). */
  Either<RepositoryFailure, HubResponse> get(
      URI uri, Map<String, String> headers, HubErrors.Target target, HubRead read) {
    return http.send("GET", uri, headers, true, target, read);
  }

  private HubRead jsonRead() {
    return HubRead.metadata(http.settings().maxJsonBytes());
  }

  /**
   * {@code {endpoint}/{repo_id}/resolve/{quote(revision, safe="")}/{quote(path)}}, as {@code
   * huggingface_hub}'s {@code hf_hub_url} builds it (slashes of the path kept).
   */
  URI resolveUrl(RepoId repoId, Revision revision, String path) {
    return URI.create(
        endpoint()
            + "/"
            + repoId
            + "/resolve/"
            + UrlQuote.quote(revision.value())
            + "/"
            + UrlQuote.quotePath(path));
  }

  static Option<String> nextPage(HubResponse reply) {
    for (String link : reply.headers().allValues("Link")) {
      Matcher m = NEXT.matcher(link);
      if (m.find()) {
        return Option.of(m.group(1));
      }
    }
    return Option.none();
  }

  private static Either<RepositoryFailure, JsonNode> json(
      HubResponse reply, HubErrors.Target target, String what) {
    if (reply.cut()) {
      return Either.left(
          new RepositoryFailure.Transport(
              "The server at "
                  + target.server()
                  + " sent a "
                  + what
                  + " for "
                  + target.subject()
                  + " longer than "
                  + String.format(java.util.Locale.ROOT, "%,d", reply.body().length - 1)
                  + " bytes; modelconfig stopped reading it. A Hugging Face Hub never sends one"
                  + " that large: the server is at fault.",
              "Check HF_ENDPOINT: it must point at a Hugging Face Hub or a faithful mirror."));
    }
    try {
      return Either.right(MAPPER.readTree(reply.body()));
    } catch (IOException e) {
      return Either.left(
          new RepositoryFailure.Transport(
              "The Hub sent a reply that is not JSON for " + target.subject() + ".",
              "Check HF_ENDPOINT: it must point at a Hugging Face Hub."));
    }
  }
}
