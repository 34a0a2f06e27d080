package io.github.modelconfig.domain.error;

import java.util.Objects;

/**
 * Problem report: one thing wrong with the request, the model files or the fit, with a stable
 * {@link ErrorCode} (whose category says which), the field as the user typed it, what was found
 * versus allowed, and how to fix it.
 *
 * @param field the field as the user names it, e.g. {@code kv_cache.kv_cache_page_size}
 * @param message what was found and what is allowed
 * @param hint the fix
 */
public record ConfigError(ErrorCode code, String field, String message, String hint) {

  public ConfigError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  public Category category() {
    return code.category();
  }

  /** The same problem about a sub-request's field, e.g. the draft model's ({@code draft_}). */
  public ConfigError prefixed(String prefix) {
    return new ConfigError(code, prefix + field, message, hint);
  }
}
