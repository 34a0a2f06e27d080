package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.error.ErrorCode;
import java.util.Objects;

/**
 * Driven-port failure: why a model repo, revision or file could not be read. Each case carries a
 * message saying what happened and a hint saying what to do.
 */
public sealed interface RepositoryFailure {

  String message();

  String hint();

  /** The stable code of this failure (its category decides the CLI's exit code). */
  ErrorCode code();

  /** The field a report names: the file for a corrupt one, else the model. */
  default String field() {
    return "model_path";
  }

  /** What was missing. */
  enum Missing {
    REPO(ErrorCode.REPO_NOT_FOUND),
    REVISION(ErrorCode.REVISION_NOT_FOUND),
    FILE(ErrorCode.FILE_NOT_FOUND);

    private final ErrorCode code;

    Missing(ErrorCode code) {
      this.code = code;
    }
  }

  /** The repo, revision or file does not exist (or is hidden from this user). */
  record NotFound(Missing what, String message, String hint) implements RepositoryFailure {
    public NotFound {
      Objects.requireNonNull(what);
      Objects.requireNonNull(message);
      Objects.requireNonNull(hint);
    }

    @Override
    public ErrorCode code() {
      return what.code;
    }
  }

  /** Authentication is needed or was refused (gated repo, bad token). */
  record Unauthorized(String message, String hint) implements RepositoryFailure {
    @Override
    public ErrorCode code() {
      return ErrorCode.UNAUTHORIZED;
    }
  }

  /** Offline mode, or the network is unreachable, and no cached copy exists. */
  record Offline(String message, String hint) implements RepositoryFailure {
    @Override
    public ErrorCode code() {
      return ErrorCode.OFFLINE;
    }
  }

  /** The Hub asked us to slow down and the retries ran out. */
  record RateLimited(String message, String hint) implements RepositoryFailure {
    @Override
    public ErrorCode code() {
      return ErrorCode.RATE_LIMITED;
    }
  }

  /** A transport error (timeouts, resets, 5xx) after the retries ran out. */
  record Transport(String message, String hint) implements RepositoryFailure {
    @Override
    public ErrorCode code() {
      return ErrorCode.TRANSPORT;
    }
  }

  /** A file exists but its content is malformed or hostile. */
  record Corrupt(String file, String message, String hint) implements RepositoryFailure {
    @Override
    public ErrorCode code() {
      return ErrorCode.CORRUPT_FILE;
    }

    @Override
    public String field() {
      return file;
    }
  }
}
