package io.github.modelconfig.adapter.huggingface.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import io.vavr.control.Option;
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

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
  private static final int MAX_PAGES = 1000;

  /** Files of one listing at most (the Hub advises under 100,000 per repo). */
  private static final int MAX_ENTRIES = 200_000;

  /** A whole paged listing ends within this many request deadlines (5 min by default). */
  private static final int LISTING_DEADLINES = 10;

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
        .flatMap(reply -> HubJson.read(reply, target, "model info"))
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
    long end =
        System.nanoTime() + http.deadline(jsonRead()).multipliedBy(LISTING_DEADLINES).toNanos();
    for (int page = 0; next != null; page++) {
      if (page == MAX_PAGES || entries.size() > MAX_ENTRIES || System.nanoTime() > end) {
        return Either.left(endlessListing(target, page, entries.size()));
      }
      Either<RepositoryFailure, HubResponse> reply =
          http.send("GET", next, Map.of("Accept", "application/json"), false, target, jsonRead());
      if (reply.isLeft()) {
        return Either.left(reply.getLeft());
      }
      Either<RepositoryFailure, JsonNode> body = HubJson.read(reply.get(), target, "file listing");
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

  private RepositoryFailure endlessListing(HubErrors.Target target, int pages, int files) {
    return new RepositoryFailure.Transport(
        "The server at "
            + target.server()
            + " did not finish listing "
            + target.subject()
            + " ("
            + pages
            + " pages, "
            + files
            + " files; the limits are "
            + MAX_PAGES
            + " pages, "
            + MAX_ENTRIES
            + " files and "
            + LISTING_DEADLINES
            + " request deadlines).",
        "Check HF_ENDPOINT: a Hugging Face Hub lists a repo in a few pages.");
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
}
