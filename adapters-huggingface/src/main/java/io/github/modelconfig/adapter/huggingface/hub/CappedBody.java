package io.github.modelconfig.adapter.huggingface.hub;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Driven-adapter helper: a reply body read up to a limit, never more: once the limit is passed the
 * subscription is cancelled (the connection closed) and the body is marked cut. Every chunk counts
 * as progress, so a caller can tell a stalled server from a slow one.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Body> {

  /** What was kept, and whether the server had more to send. */
  record Body(byte[] bytes, boolean cut) {}

  private final long limit;
  private final AtomicLong progress;
  private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
  private final CompletableFuture<Body> result = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;

  CappedBody(long limit, AtomicLong progress) {
    this.limit = limit;
    this.progress = progress;
  }

  @Override
  public CompletionStage<Body> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      int room = (int) Math.min(item.remaining(), limit - kept.size());
      progress.incrementAndGet();
      if (room < item.remaining()) {
        byte[] part = new byte[room];
        item.get(part);
        kept.write(part, 0, room);
        result.complete(new Body(kept.toByteArray(), true));
        subscription.cancel();
        return;
      }
      byte[] all = new byte[item.remaining()];
      item.get(all);
      kept.write(all, 0, all.length);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(new Body(kept.toByteArray(), false));
  }

  /** Stops reading (a deadline passed). */
  void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }
}
