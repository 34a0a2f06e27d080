package io.github.modelconfig.adapter.huggingface.hub;

import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Driven adapter: HTTP to the Hub with redirects followed by hand (the token goes only to the
 * endpoint's origin); each request within one deadline, its retries included (408/429/5xx and
 * timeouts, jittered backoff; a refused connection or unknown host is not retried); at most {@code
 * parallelism} attempts in flight (a retry's wait holds no slot); bodies read up to a limit.
 */
final class HubHttp {

  private static final int MAX_HOPS = 8;
  private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);
  static final String USER_AGENT = "modelconfig/0.1; java/" + Runtime.version().feature();

  private final HubSettings settings;
  private final Clients clients;
  private final Sleeper sleeper;
  private final Semaphore inFlight;

  HubHttp(HubSettings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.clients = new Clients(settings.etagTimeout());
    this.inFlight = new Semaphore(settings.parallelism());
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
      HubErrors.Target target,
      HubRead read) {
    long deadline = System.nanoTime() + deadline(read).toNanos();
    URI current = uri;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Either<RepositoryFailure, HubResponse> reply =
          withRetries(method, current, headers, target, read, deadline);
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
      String method,
      URI uri,
      Map<String, String> headers,
      HubErrors.Target target,
      HubRead read,
      long deadline) {
    HttpRequest request = request(method, uri, headers);
    Duration idle = read.download() ? settings.downloadTimeout() : settings.etagTimeout();
    TransportErrors errors = new TransportErrors(uri, target, read.download(), idle);
    long start = System.nanoTime();
    IOException stall = null;
    for (int attempt = 0; ; attempt++) {
      HubResponse reply;
      try {
        reply = attempt(uri, request, read, idle, deadline);
      } catch (ConnectException e) {
        return Either.left(errors.unreachable(e));
      } catch (IOException e) {
        // a stall says more than the deadline that cut the last attempt short
        stall = stall == null && HubExchange.Expired.stalled(e) ? e : stall;
        if (attempt < settings.maxRetries()
            && pause(RetryWaits.backoff(attempt, settings), deadline)) {
          continue;
        }
        IOException reported = e instanceof HubExchange.Expired && stall != null ? stall : e;
        return Either.left(errors.gaveUp(reported, attempt + 1, System.nanoTime() - start));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Either.left(
            new RepositoryFailure.Transport(
                "Interrupted while talking to the Hub.", "Run the command again."));
      }
      if (reply.status() < 400) {
        return Either.right(reply);
      }
      if (RETRYABLE.contains(reply.status()) && attempt < settings.maxRetries()) {
        Option<Duration> wait = RetryWaits.waitFor(reply, attempt, settings);
        if (wait.isDefined() && pause(wait.get(), deadline)) {
          continue;
        }
      }
      return Either.left(HubErrors.classify(reply, target));
    }
  }

  /**
   * The time one request may take, retries and waits included: {@link
   * HubSettings#DEADLINE_IN_TIMEOUTS} per-read timeouts, and for a file read one more second for
   * each 64 KiB asked.
   */
  Duration deadline(HubRead read) {
    Duration idle = read.download() ? settings.downloadTimeout() : settings.etagTimeout();
    Duration base = idle.multipliedBy(HubSettings.DEADLINE_IN_TIMEOUTS);
    return read.download()
        ? base.plusSeconds(read.bytes() / HubRead.SLOWEST_BYTES_PER_SECOND)
        : base;
  }

  /** One attempt, holding one of the in-flight slots while it runs. */
  private HubResponse attempt(URI uri, HttpRequest request, HubRead read, Duration idle, long end)
      throws IOException, InterruptedException {
    if (!inFlight.tryAcquire(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      throw new HubExchange.Expired(false, "no free slot before the deadline");
    }
    try {
      return HubExchange.run(clients.of(uri), request, read, idle.toNanos(), end);
    } catch (HttpConnectTimeoutException e) {
      throw new HubExchange.Expired(true, "connect");
    } finally {
      inFlight.release();
    }
  }

  private HttpRequest request(String method, URI uri, Map<String, String> headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .header("User-Agent", USER_AGENT)
            .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(builder::header);
    if (sameOrigin(uri, settings.endpoint()) && settings.token().isDefined()) {
      builder.header("Authorization", "Bearer " + settings.token().get());
    }
    return builder.build();
  }

  /** Waits unless the wait would end past the deadline (then there is no time to retry). */
  private boolean pause(Duration duration, long deadline) {
    if (System.nanoTime() + duration.toNanos() >= deadline) {
      return false;
    }
    try {
      sleeper.sleep(duration);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
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
