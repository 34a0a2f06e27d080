package io.github.modelconfig.app.cli.batch;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Batch: runs a job over request lines, {@code parallel} at a time, and hands the outcomes on in
 * input order. At most {@code window} lines are started and not yet handed on, so memory stays
 * bounded whatever the input's length; a slow line holds back at most {@code window - 1} finished
 * ones. Lines are read only as room frees up.
 */
public final class BatchRunner {

  private final int parallel;
  private final int window;

  public BatchRunner(int parallel, int window) {
    if (parallel < 1 || window < parallel) {
      throw new IllegalArgumentException(
          "need parallel >= 1 and window >= parallel: " + parallel + ", " + window);
    }
    this.parallel = parallel;
    this.window = window;
  }

  /** The runner for {@code parallel} lines at a time, with a window of four times that. */
  public static BatchRunner of(int parallel) {
    return new BatchRunner(parallel, 4 * parallel);
  }

  /**
   * Runs {@code job} over {@code lines} and gives each outcome to {@code ordered} in input order,
   * on one thread at a time. Returns once every line started has been handed on; an exception
   * reading {@code lines} is thrown after that.
   */
  public void run(Iterator<BatchLine> lines, LineJob job, Consumer<LineOutcome> ordered) {
    Semaphore room = new Semaphore(window);
    InOrder inOrder = new InOrder(ordered, room);
    ExecutorService pool =
        Executors.newFixedThreadPool(
            parallel,
            r -> {
              Thread t = new Thread(r, "modelconfig-batch");
              t.setDaemon(true);
              return t;
            });
    try {
      int index = 0;
      while (lines.hasNext()) {
        BatchLine line = lines.next();
        room.acquireUninterruptibly();
        int position = index++;
        pool.execute(() -> inOrder.done(position, runSafely(job, line)));
      }
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
  }

  private static LineOutcome runSafely(LineJob job, BatchLine line) {
    try {
      return job.run(line);
    } catch (RuntimeException e) {
      return LineOutcome.bug(line, e);
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.HOURS)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Outcomes waiting for the ones before them; each handed on frees one place of the window. */
  private static final class InOrder {
    private final Consumer<LineOutcome> ordered;
    private final Semaphore room;
    private final Map<Integer, LineOutcome> waiting = new HashMap<>();
    private int next;

    InOrder(Consumer<LineOutcome> ordered, Semaphore room) {
      this.ordered = ordered;
      this.room = room;
    }

    synchronized void done(int position, LineOutcome outcome) {
      waiting.put(position, outcome);
      LineOutcome head;
      while ((head = waiting.remove(next)) != null) {
        next++;
        try {
          ordered.accept(head);
        } finally {
          room.release();
        }
      }
    }
  }
}
