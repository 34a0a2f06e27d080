package io.github.modelconfig.adapter.huggingface.hub;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Rule: how long to wait before retrying: the Hub's rate-limit reset, Retry-After, or backoff. */
final class RetryWaits {

  private static final Duration LONGEST_RATE_LIMIT_WAIT = Duration.ofSeconds(60);

  private RetryWaits() {}

  /** The wait before retrying a reply: the rate-limit reset, Retry-After, or backoff. */
  static Option<Duration> waitFor(HubResponse reply, int attempt, HubSettings settings) {
    if (reply.status() == 429) {
      Option<Duration> told =
          RateLimitHeader.secondsToReset(reply.header("RateLimit").orElse(""))
              .orElse(() -> RateLimitHeader.retryAfter(reply.header("Retry-After").orElse("")))
              .map(s -> Duration.ofSeconds(s + 1));
      if (told.isDefined()) {
        return told.get().compareTo(LONGEST_RATE_LIMIT_WAIT) > 0 ? Option.none() : told;
      }
    }
    return Option.of(backoff(attempt, settings));
  }

  /** Exponential backoff (base, 2 base, 4 base…, capped) with jitter over its upper half. */
  static Duration backoff(int attempt, HubSettings settings) {
    long base = settings.baseBackoff().toMillis();
    long capped = Math.min(settings.maxBackoff().toMillis(), base << Math.min(attempt, 20));
    long half = capped / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }
}
