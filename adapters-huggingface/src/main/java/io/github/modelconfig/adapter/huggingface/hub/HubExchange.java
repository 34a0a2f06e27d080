package io.github.modelconfig.adapter.huggingface.hub;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Driven-adapter helper: one HTTP attempt bounded twice: no byte for {@code idleNanos} (the
 * reference client's per-read timeout) or the deadline passed ends it, whatever the server does
 * (stalls after the headers, trickles the body, never answers). The body is read as a stream up to
 * the read's limit for the reply's status.
 */
final class HubExchange {

  /** The attempt ran out of time; {@code stalled} when no byte came for the idle timeout. */
  static final class Expired extends HttpTimeoutException {
    private static final long serialVersionUID = 1L;
    final boolean stalled;

    Expired(boolean stalled, String message) {
      super(message);
      this.stalled = stalled;
    }

    static boolean stalled(IOException e) {
      return e instanceof Expired expired && expired.stalled;
    }
  }

  private HubExchange() {}

  static HubResponse run(
      HttpClient client, HttpRequest request, HubRead read, long idleNanos, long deadlineNanos)
      throws IOException, InterruptedException {
    AtomicLong progress = new AtomicLong();
    AtomicReference<CappedBody> body = new AtomicReference<>();
    HttpResponse.BodyHandler<CappedBody.Body> handler =
        info -> {
          progress.incrementAndGet();
          CappedBody b = new CappedBody(read.limit(info.statusCode()), progress);
          body.set(b);
          return b;
        };
    CompletableFuture<HttpResponse<CappedBody.Body>> reply = client.sendAsync(request, handler);
    long seen = 0;
    long lastChange = System.nanoTime();
    try {
      while (true) {
        long now = System.nanoTime();
        long idleLeft = idleNanos - (now - lastChange);
        long totalLeft = deadlineNanos - now;
        if (totalLeft <= 0 || idleLeft <= 0) {
          throw new Expired(totalLeft > 0, totalLeft > 0 ? "stalled" : "deadline");
        }
        long slice = Math.max(1, Math.min(Math.min(idleLeft, totalLeft), idleNanos / 4 + 1));
        try {
          HttpResponse<CappedBody.Body> r = reply.get(slice, TimeUnit.NANOSECONDS);
          return new HubResponse(
              r.statusCode(), r.headers(), r.body().bytes(), r.uri(), r.body().cut());
        } catch (TimeoutException e) {
          long p = progress.get();
          if (p != seen) {
            seen = p;
            lastChange = System.nanoTime();
          }
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      throw new IOException(cause == null ? "failed" : cause.toString(), cause);
    } finally {
      if (!reply.isDone()) {
        reply.cancel(true);
        CappedBody b = body.get();
        if (b != null) {
          b.cancel();
        }
      }
    }
  }
}
