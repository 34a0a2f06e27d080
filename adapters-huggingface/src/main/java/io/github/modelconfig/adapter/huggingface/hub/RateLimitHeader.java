package io.github.modelconfig.adapter.huggingface.hub;

import io.vavr.control.Option;

/**
 * Rule: reads the Hub's rate-limit headers: {@code RateLimit: "api";r=0;t=55} (IETF draft v9) and
 * {@code Retry-After} in whole seconds.
 */
final class RateLimitHeader {

  private RateLimitHeader() {}

  /** Seconds until the window resets, when the header says nothing remains ({@code r=0}). */
  static Option<Long> secondsToReset(String header) {
    Option<Long> remaining = Option.none();
    Option<Long> reset = Option.none();
    for (String part : header.split(";")) {
      String p = part.strip();
      if (p.startsWith("r=")) {
        remaining = number(p.substring(2));
      } else if (p.startsWith("t=")) {
        reset = number(p.substring(2));
      }
    }
    return remaining.contains(0L) ? reset : Option.none();
  }

  static Option<Long> retryAfter(String header) {
    return number(header.strip());
  }

  private static Option<Long> number(String text) {
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
      return Option.none();
    }
    return Option.of(Long.parseLong(text));
  }
}
