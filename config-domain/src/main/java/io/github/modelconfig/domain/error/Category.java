package io.github.modelconfig.domain.error;

/**
 * Value: what kind of problem an {@link ErrorCode} reports; the CLI derives its exit code from it
 * alone (README: 2 invalid or does not fit, 3 not found, 4 unauthorized, 5 unreachable).
 */
public enum Category {
  /** The user's request (flags, config file, builder) is invalid. */
  REQUEST,
  /** The model's files are malformed or unsupported. */
  MODEL,
  /** The model does not fit the devices with the requested settings. */
  FIT,
  /** A repo, revision or file does not exist (or is hidden from this user). */
  NOT_FOUND,
  /** Authentication is needed or was refused. */
  UNAUTHORIZED,
  /** The network or the Hub cannot be reached now (offline, rate limited, transport). */
  UNAVAILABLE
}
