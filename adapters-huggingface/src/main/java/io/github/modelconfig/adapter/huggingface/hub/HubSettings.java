package io.github.modelconfig.adapter.huggingface.hub;

import io.vavr.control.Option;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Value: how to reach the Hub: endpoint ({@code HF_ENDPOINT}), token, offline mode, timeouts and
 * retry bounds. The token never appears in {@link #toString()}.
 */
public record HubSettings(
    URI endpoint,
    Option<String> token,
    boolean offline,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRetries,
    Duration baseBackoff,
    Duration maxBackoff,
    int parallelism) {

  public static final URI DEFAULT_ENDPOINT = URI.create("https://huggingface.co");

  public HubSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(baseBackoff, "baseBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (endpoint.getScheme() == null || endpoint.getHost() == null) {
      throw new IllegalArgumentException("the Hub endpoint must be an absolute URL: " + endpoint);
    }
    String text = endpoint.toString();
    endpoint = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    token = token.map(String::strip).filter(t -> !t.isEmpty());
    if (maxRetries < 0 || parallelism < 1) {
      throw new IllegalArgumentException("maxRetries must be >= 0 and parallelism >= 1");
    }
  }

  /** The reference client's defaults: 10 s connect, 30 s read, 5 retries backing off 1 s to 8 s. */
  public static HubSettings of(URI endpoint, Option<String> token, boolean offline) {
    return new HubSettings(
        endpoint,
        token,
        offline,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        5,
        Duration.ofSeconds(1),
        Duration.ofSeconds(8),
        8);
  }

  public HubSettings withRetries(int retries, Duration base, Duration max) {
    return new HubSettings(
        endpoint, token, offline, connectTimeout, readTimeout, retries, base, max, parallelism);
  }

  public HubSettings withTimeouts(Duration connect, Duration read) {
    return new HubSettings(
        endpoint, token, offline, connect, read, maxRetries, baseBackoff, maxBackoff, parallelism);
  }

  @Override
  public String toString() {
    return "HubSettings[endpoint="
        + endpoint
        + ", token="
        + (token.isDefined() ? "<set>" : "<none>")
        + ", offline="
        + offline
        + "]";
  }
}
