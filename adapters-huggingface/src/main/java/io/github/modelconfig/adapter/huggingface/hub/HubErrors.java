package io.github.modelconfig.adapter.huggingface.hub;

import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.RepositoryFailure.Missing;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import java.net.URI;

/**
 * Rule: turns a Hub error reply into a failure the user can act on, checking {@code X-Error-Code}
 * first, then {@code X-Error-Message}, then the status, as {@code huggingface_hub} does.
 */
final class HubErrors {

  static final String DISABLED = "Access to this resource is disabled.";
  static final String BAD_TOKEN = "Invalid credentials in Authorization header";

  private HubErrors() {}

  /** What the caller was doing, for messages. */
  record Target(URI endpoint, RepoId repoId, Revision revision, String path) {

    String repoPage() {
      return server() + "/" + repoId;
    }

    /** The endpoint for messages, without credentials. */
    String server() {
      return Redacted.uri(endpoint);
    }

    String subject() {
      return path.isEmpty() ? "repo '" + repoId + "'" : "'" + path + "' in repo '" + repoId + "'";
    }
  }

  static RepositoryFailure classify(HubResponse response, Target target) {
    String code = response.header("X-Error-Code").orElse("");
    String message = response.header("X-Error-Message").orElse("");
    int status = response.status();
    String requestId =
        response.header("X-Request-Id").map(id -> " (request id " + id + ")").orElse("");
    switch (code) {
      case "RevisionNotFound":
        return new RepositoryFailure.NotFound(
            Missing.REVISION,
            "Revision '" + target.revision() + "' not found in repo '" + target.repoId() + "'.",
            "Check --huggingface-model-revision: a branch, tag or 40-hex commit listed at "
                + target.repoPage()
                + "/commits/main.");
      case "EntryNotFound":
        return new RepositoryFailure.NotFound(
            Missing.FILE,
            "File '"
                + target.path()
                + "' not found in repo '"
                + target.repoId()
                + "' at revision '"
                + target.revision()
                + "'.",
            "Check the file name (case matters) and the revision.");
      case "GatedRepo":
        return status == 401
            ? new RepositoryFailure.Unauthorized(
                "Repo '" + target.repoId() + "' is gated and you are not logged in.",
                "Log in (set HF_TOKEN, or run 'hf auth login'), then accept the licence at "
                    + target.repoPage()
                    + ".")
            : new RepositoryFailure.Unauthorized(
                "Repo '"
                    + target.repoId()
                    + "' is gated and your token is not in its authorised list.",
                "Accept the licence or ask for access at "
                    + target.repoPage()
                    + ", then retry with the same token.");
      default:
        break;
    }
    if (DISABLED.equals(message)) {
      return new RepositoryFailure.NotFound(
          Missing.REPO,
          "Repo '" + target.repoId() + "' has been disabled on the Hub.",
          "Use another repo; a disabled repo cannot be downloaded by anyone.");
    }
    if (status == 401 && BAD_TOKEN.equals(message)) {
      return new RepositoryFailure.Unauthorized(
          "The Hub refused your token (invalid credentials)" + requestId + ".",
          "Check HF_TOKEN / HUGGING_FACE_HUB_TOKEN or the token file, or log in again.");
    }
    if ("RepoNotFound".equals(code) || status == 401) {
      return new RepositoryFailure.NotFound(
          Missing.REPO,
          "Repo '"
              + target.repoId()
              + "' not found on "
              + target.server()
              + ", or it is private and you have no access.",
          "Check the repo id (namespace/name); for a private repo, set HF_TOKEN to a token that"
              + " can read it.");
    }
    if (status == 403) {
      return new RepositoryFailure.Unauthorized(
          "The Hub refused access to " + target.subject() + " (403)" + requestId + ".",
          "Make sure your token has read permission on " + target.repoPage() + ".");
    }
    if (status == 404) {
      return new RepositoryFailure.NotFound(
          target.path().isEmpty() ? Missing.REPO : Missing.FILE,
          "The Hub has no " + target.subject() + " (404)" + requestId + ".",
          "Check the repo id, the revision and the file name.");
    }
    if (status == 429) {
      return new RepositoryFailure.RateLimited(
          "The Hub rate-limited requests for " + target.subject() + " (429)" + requestId + ".",
          "Wait a few minutes; logging in (HF_TOKEN) raises the limits.");
    }
    String detail = message.isEmpty() ? "" : ": " + message;
    return new RepositoryFailure.Transport(
        "The Hub answered " + status + " for " + target.subject() + detail + requestId + ".",
        status >= 500
            ? "The Hub is having trouble; retry later, or use --offline with a cached copy."
            : "Check the request; retry with MODELCONFIG_DEBUG=1 for details.");
  }
}
