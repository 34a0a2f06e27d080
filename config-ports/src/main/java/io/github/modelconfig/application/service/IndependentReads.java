package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.out.ReadCost;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Service helper: how reads that do not depend on each other run. Where a read is cheap they run
 * lazily on the caller's thread, in the order their results are asked for (no thread is started);
 * where each costs a round trip they all start at once on a small shared pool.
 */
interface IndependentReads {

  /** Starts {@code read}; the supplier gives its result, waiting for it if it runs elsewhere. */
  <T> Supplier<T> start(Supplier<T> read);

  /** The reads for {@code cost}. */
  static IndependentReads forCost(ReadCost cost) {
    return switch (cost) {
      case LOCAL -> IndependentReads::onCaller;
      case ROUND_TRIP -> MetadataPool.READS;
    };
  }

  /** A read run when its result is first asked for, on the asking thread. */
  static <T> Supplier<T> onCaller(Supplier<T> read) {
    return new Supplier<>() {
      private boolean done;
      private T result;

      @Override
      public T get() {
        if (!done) {
          result = read.get();
          done = true;
        }
        return result;
      }
    };
  }

  /** Reads started at once on {@code executor}. */
  static IndependentReads on(Executor executor) {
    return new IndependentReads() {
      @Override
      public <T> Supplier<T> start(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, executor)::join;
      }
    };
  }
}
