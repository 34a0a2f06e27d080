package io.github.modelconfig.app.cli.batch;

/** Batch value: how a request line ended, as the summary counts it. */
public enum LineStatus {
  /** The use case answered. */
  RESOLVED,
  /** The line, the request or the model is invalid, or the model does not fit. */
  INVALID,
  /** The model could not be reached: not found, refused, offline, rate-limited, unreachable. */
  UNAVAILABLE,
  /** The run of this line failed with a bug (exit code 1). */
  BUG
}
