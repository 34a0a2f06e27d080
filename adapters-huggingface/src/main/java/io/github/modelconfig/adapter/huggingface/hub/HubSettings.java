package io.github.modelconfig.adapter.huggingface.hub;

import io.vavr.control.Option;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Value: how to reach the Hub: endpoint ({@code HF_ENDPOINT}), token, offline mode, the per-read
 * timeouts of {@code huggingface_hub} ({@code HF_HUB_ETAG_TIMEOUT} for metadata, {@code
 * HF_HUB_DOWNLOAD_TIMEOUT} for file reads, which also bound a request with its retries), retry
 * bounds, requests in flight and the largest JSON reply. Neither the token nor credentials in the
 * endpoint appear in {@link #toString()}.
 */
public record HubSettings(
    URI endpoint,
    Option<String> token,
    boolean offline,
    Duration etagTimeout,
    Duration downloadTimeout,
    int maxRetries,
    Duration baseBackoff,
    Duration maxBackoff,
    int parallelism,
    long maxJsonBytes) {

  public static final URI DEFAULT_ENDPOINT = URI.create("https://huggingface.co");

  /**
   * {@code huggingface_hub}'s {@code DEFAULT_ETAG_TIMEOUT} and {@code DEFAULT_DOWNLOAD_TIMEOUT}
   * (both 10 s; constants.py, huggingface_hub 0.2x-1.x).
   */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * One request, its retries and waits included, ends within this many per-read timeouts (30 s by
   * default); a file read gets one more second for each 64 KiB it asks for.
   */
  public static final int DEADLINE_IN_TIMEOUTS = 3;

  /**
   * Requests in flight at once: a 30-shard repo's header reads go in one round, as the metadata
   * pool's 32 threads allow; a batch of many repos shares them.
   */
  public static final int DEFAULT_IN_FLIGHT = 32;

  /** The largest model-info or tree-page reply read (about 150,000 files of model info). */
  public static final long DEFAULT_MAX_JSON_BYTES = 32L << 20;

  public HubSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(etagTimeout, "etagTimeout");
    Objects.requireNonNull(downloadTimeout, "downloadTimeout");
    Objects.requireNonNull(baseBackoff, "baseBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (endpoint.getScheme() == null || endpoint.getHost() == null) {
      throw new IllegalArgumentException(
          "the Hub endpoint must be an absolute URL: " + Redacted.uri(endpoint));
    }
    String text = endpoint.toString();
    endpoint = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    token = token.map(String::strip).filter(t -> !t.isEmpty());
    if (maxRetries < 0 || parallelism < 1 || maxJsonBytes < 1) {
      throw new IllegalArgumentException(
          "maxRetries must be >= 0, parallelism and maxJsonBytes >= 1");
    }
    if (etagTimeout.isNegative()
        || etagTimeout.isZero()
        || downloadTimeout.isNegative()
        || downloadTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
  }

  /**
   * The reference client's defaults: 10 s per read, 5 retries backing off 1 s to 8 s, within a 30 s
   * deadline per request; 8 requests in flight.
   */
  public static HubSettings of(URI endpoint, Option<String> token, boolean offline) {
    return new HubSettings(
        endpoint,
        token,
        offline,
        DEFAULT_TIMEOUT,
        DEFAULT_TIMEOUT,
        5,
        Duration.ofSeconds(1),
        Duration.ofSeconds(8),
        DEFAULT_IN_FLIGHT,
        DEFAULT_MAX_JSON_BYTES);
  }

  public HubSettings withRetries(int retries, Duration base, Duration max) {
    return new HubSettings(
        endpoint,
        token,
        offline,
        etagTimeout,
        downloadTimeout,
        retries,
        base,
        max,
        parallelism,
        maxJsonBytes);
  }

  /** Per-read timeouts: metadata requests ({@code etag}) and file reads ({@code download}). */
  public HubSettings withTimeouts(Duration etag, Duration download) {
    return new HubSettings(
        endpoint,
        token,
        offline,
        etag,
        download,
        maxRetries,
        baseBackoff,
        maxBackoff,
        parallelism,
        maxJsonBytes);
  }

  public HubSettings withLimits(int requestsInFlight, long jsonBytes) {
    return new HubSettings(
        endpoint,
        token,
        offline,
        etagTimeout,
        downloadTimeout,
        maxRetries,
        baseBackoff,
        maxBackoff,
        requestsInFlight,
        jsonBytes);
  }

  @Override
  public String toString() {
    return "HubSettings[endpoint="
        + Redacted.uri(endpoint)
        + ", token="
        + (token.isDefined() ? "<set>" : "<none>")
        + ", offline="
        + offline
        + "]";
  }
}
