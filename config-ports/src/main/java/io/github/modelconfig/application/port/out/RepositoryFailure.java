package io.github.modelconfig.application.port.out;

import java.util.Objects;

/**
 * Driven-port failure: why a model repo, revision or file could not be read. Each case carries a
 * message saying what happened and a hint saying what to do.
 */
public sealed interface RepositoryFailure {

  String message();

  String hint();

  /** What was missing. */
  enum Missing {
    REPO,
    REVISION,
    FILE
  }

  /** The repo, revision or file does not exist (or is hidden from this user). */
  record NotFound(Missing what, String message, String hint) implements RepositoryFailure {
    public NotFound {
      Objects.requireNonNull(what);
      Objects.requireNonNull(message);
      Objects.requireNonNull(hint);
    }
  }

  /** Authentication is needed or was refused (gated repo, bad token). */
  record Unauthorized(String message, String hint) implements RepositoryFailure {}

  /** Offline mode, or the network is unreachable, and no cached copy exists. */
  record Offline(String message, String hint) implements RepositoryFailure {}

  /** The Hub asked us to slow down and the retries ran out. */
  record RateLimited(String message, String hint) implements RepositoryFailure {}

  /** A transport error (timeouts, resets, 5xx) after the retries ran out. */
  record Transport(String message, String hint) implements RepositoryFailure {}

  /** A file exists but its content is malformed or hostile. */
  record Corrupt(String file, String message, String hint) implements RepositoryFailure {}
}
