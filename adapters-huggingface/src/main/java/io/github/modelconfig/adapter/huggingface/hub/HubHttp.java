package io.github.modelconfig.adapter.huggingface.hub;

import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Driven adapter: HTTP to the Hub with redirects followed by hand (the token goes only to the
 * endpoint's origin), bounded retries with jittered backoff on 408/429/5xx and transport errors,
 * and error replies classified into failures.
 */
final class HubHttp {

  private static final int MAX_HOPS = 8;
  private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);
  private static final Duration LONGEST_RATE_LIMIT_WAIT = Duration.ofSeconds(60);
  static final String USER_AGENT = "modelconfig/0.1; java/" + Runtime.version().feature();

  private final HubSettings settings;
  private final HttpClient client;
  private final Sleeper sleeper;

  HubHttp(HubSettings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(
                "https".equals(settings.endpoint().getScheme())
                    ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1)
            .build();
  }

  HubSettings settings() {
    return settings;
  }

  /**
   * Sends a request, following relative redirects always and cross-origin ones only when {@code
   * followCrossOrigin} (a HEAD for metadata stops at the CDN redirect and reads its headers).
   */
  Either<RepositoryFailure, HubResponse> send(
      String method,
      URI uri,
      Map<String, String> headers,
      boolean followCrossOrigin,
      HubErrors.Target target) {
    URI current = uri;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Either<RepositoryFailure, HubResponse> reply = withRetries(method, current, headers, target);
      if (reply.isLeft() || !reply.get().isRedirect()) {
        return reply;
      }
      String location = reply.get().header("Location").orElseThrow();
      URI next = current.resolve(location);
      boolean relative = URI.create(location.replace(" ", "%20")).getHost() == null;
      if (!relative && !followCrossOrigin && !sameOrigin(next, settings.endpoint())) {
        return reply;
      }
      current = next;
    }
    return Either.left(
        new RepositoryFailure.Transport(
            "Too many redirects while fetching " + target.subject() + ".",
            "Check HF_ENDPOINT; the server redirects in a loop."));
  }

  private Either<RepositoryFailure, HubResponse> withRetries(
      String method, URI uri, Map<String, String> headers, HubErrors.Target target) {
    HttpRequest request = request(method, uri, headers);
    for (int attempt = 0; ; attempt++) {
      HttpResponse<byte[]> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        if (attempt < settings.maxRetries() && pause(backoff(attempt))) {
          continue;
        }
        return Either.left(unreachable(uri, e));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Either.left(
            new RepositoryFailure.Transport(
                "Interrupted while talking to the Hub.", "Run the command again."));
      }
      HubResponse reply =
          new HubResponse(response.statusCode(), response.headers(), response.body(), uri);
      if (reply.status() < 400) {
        return Either.right(reply);
      }
      if (RETRYABLE.contains(reply.status()) && attempt < settings.maxRetries()) {
        Option<Duration> wait = waitFor(reply, attempt);
        if (wait.isDefined() && pause(wait.get())) {
          continue;
        }
      }
      return Either.left(HubErrors.classify(reply, target));
    }
  }

  private HttpRequest request(String method, URI uri, Map<String, String> headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(settings.readTimeout())
            .header("User-Agent", USER_AGENT)
            .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(builder::header);
    if (sameOrigin(uri, settings.endpoint()) && settings.token().isDefined()) {
      builder.header("Authorization", "Bearer " + settings.token().get());
    }
    return builder.build();
  }

  /** The wait before retrying a reply: the rate-limit reset, Retry-After, or backoff. */
  private Option<Duration> waitFor(HubResponse reply, int attempt) {
    if (reply.status() == 429) {
      Option<Duration> told =
          RateLimitHeader.secondsToReset(reply.header("RateLimit").orElse(""))
              .orElse(() -> RateLimitHeader.retryAfter(reply.header("Retry-After").orElse("")))
              .map(s -> Duration.ofSeconds(s + 1));
      if (told.isDefined()) {
        return told.get().compareTo(LONGEST_RATE_LIMIT_WAIT) > 0 ? Option.none() : told;
      }
    }
    return Option.of(backoff(attempt));
  }

  /** Exponential backoff (base, 2 base, 4 base…, capped) with jitter over its upper half. */
  private Duration backoff(int attempt) {
    long base = settings.baseBackoff().toMillis();
    long capped = Math.min(settings.maxBackoff().toMillis(), base << Math.min(attempt, 20));
    long half = capped / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  private boolean pause(Duration duration) {
    try {
      sleeper.sleep(duration);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private RepositoryFailure unreachable(URI uri, IOException e) {
    String host = uri.getScheme() + "://" + uri.getAuthority();
    if (e instanceof HttpTimeoutException) {
      return new RepositoryFailure.Transport(
          "Timed out talking to " + host + " after " + (settings.maxRetries() + 1) + " attempts.",
          "Check your network; cached models resolve offline with --offline.");
    }
    if (e instanceof ConnectException) {
      return new RepositoryFailure.Offline(
          "Cannot connect to " + host + ".",
          "Check your network or HF_ENDPOINT; cached models resolve offline with --offline.");
    }
    return new RepositoryFailure.Transport(
        "The connection to " + host + " failed: " + e.getMessage(),
        "Retry; if it persists, check your network or proxy.");
  }

  static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(a.getScheme(), b.getScheme())
        && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equals(uri.getScheme()) ? 443 : 80;
  }
}
