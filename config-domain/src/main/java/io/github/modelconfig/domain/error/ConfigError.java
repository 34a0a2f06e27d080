package io.github.modelconfig.domain.error;

/**
 * Problem report: one thing wrong with the request or the model files, with a stable code, the
 * field as the user typed it, what was found versus allowed, and how to fix it.
 */
public sealed interface ConfigError permits RequestError, ModelError, FitError {

  /** Stable machine-readable code, e.g. {@code invalid_enum}. */
  String code();

  /** The field as the user names it, e.g. {@code kv_cache.kv_cache_page_size}. */
  String field();

  /** What was found and what is allowed. */
  String message();

  /** The fix. */
  String hint();

  /** The same problem about a sub-request's field, e.g. the draft model's ({@code draft_}). */
  default ConfigError prefixed(String prefix) {
    String field = prefix + field();
    if (this instanceof ModelError) {
      return new ModelError(code(), field, message(), hint());
    }
    if (this instanceof FitError) {
      return new FitError(code(), field, message(), hint());
    }
    return new RequestError(code(), field, message(), hint());
  }
}
