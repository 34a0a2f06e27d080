package io.github.modelconfig.adapter.huggingface.hub;

import io.github.modelconfig.application.port.out.RepositoryFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;

/**
 * Rule: what to tell the user when a request got no complete reply: the host could not be reached
 * (refused, unknown: not retried), it went silent or too slow (after how many attempts and how
 * long), or the connection broke. Messages name the server without credentials in its URL.
 */
final class TransportErrors {

  private static final String OFFLINE_HINT =
      "Check your network or HF_ENDPOINT; cached models resolve offline with --offline.";

  private final String host;
  private final HubErrors.Target target;
  private final boolean download;
  private final Duration idle;

  TransportErrors(URI uri, HubErrors.Target target, boolean download, Duration idle) {
    this.host = Redacted.origin(uri);
    this.target = target;
    this.download = download;
    this.idle = idle;
  }

  /** A refused connection or a host name that does not resolve. */
  RepositoryFailure unreachable(ConnectException e) {
    if (causedBy(e, UnresolvedAddressException.class)
        || causedBy(e, java.net.UnknownHostException.class)) {
      return new RepositoryFailure.Offline(
          "Cannot resolve the host of " + host + " (unknown host name).", OFFLINE_HINT);
    }
    return new RepositoryFailure.Offline(
        "Cannot connect to " + host + " (connection refused).", OFFLINE_HINT);
  }

  /** The last attempt's error after {@code attempts} attempts in {@code nanos}. */
  RepositoryFailure gaveUp(IOException e, int attempts, long nanos) {
    String tries =
        " (" + attempts + (attempts == 1 ? " attempt, " : " attempts, ") + seconds(nanos) + ")";
    String variable = download ? "HF_HUB_DOWNLOAD_TIMEOUT" : "HF_HUB_ETAG_TIMEOUT";
    if (e instanceof HubExchange.Expired expired) {
      String what =
          expired.stalled
              ? host
                  + " sent nothing for "
                  + idle.toSeconds()
                  + " s ("
                  + variable
                  + ") while answering for "
                  + target.subject()
              : host + " did not finish answering for " + target.subject() + " in time";
      return new RepositoryFailure.Transport(
          "Timed out: " + what + tries + ".",
          "Check your network or HF_ENDPOINT; on a slow link raise "
              + variable
              + " (seconds); cached models resolve offline with --offline.");
    }
    return new RepositoryFailure.Transport(
        "The connection to " + host + " failed for " + target.subject() + tries + ": " + e,
        "Retry; if it persists, check your network or proxy.");
  }

  private static String seconds(long nanos) {
    return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
