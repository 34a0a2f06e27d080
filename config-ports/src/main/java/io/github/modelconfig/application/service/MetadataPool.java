package io.github.modelconfig.application.service;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Service helper: the bounded pool remote metadata reads share: up to {@link #THREADS} daemon
 * threads, each gone after {@link #IDLE_SECONDS} idle; further reads wait in line. Created on the
 * first remote read, so a local resolve starts no thread.
 */
final class MetadataPool {

  /** Reads in flight at once; a 30-shard repo's headers still go in one round. */
  static final int THREADS = 32;

  static final long IDLE_SECONDS = 30;

  static final IndependentReads READS = IndependentReads.on(pool());

  private MetadataPool() {}

  private static ThreadPoolExecutor pool() {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "modelconfig-metadata");
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
