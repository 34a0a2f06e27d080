package io.github.modelconfig.app.cli.batch;

import io.vavr.control.Option;
import java.io.PrintWriter;

/**
 * Batch: a progress line on stderr (only on a terminal): a bar when the number of lines is known (a
 * file), else a count; redrawn at most ten times a second, erased before the summary.
 */
final class BatchProgress {

  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final Option<Integer> total;
  private final int width;
  private long lastDraw;
  private int drawn;

  BatchProgress(PrintWriter err, boolean enabled, Option<Integer> total, int width) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
    this.width = width;
  }

  static BatchProgress off(PrintWriter err) {
    return new BatchProgress(err, false, Option.none(), 80);
  }

  /** Redraws after a line was written, unless it was drawn less than 100 ms ago. */
  void update(BatchSummary summary) {
    long now = System.nanoTime();
    if (!enabled || (drawn > 0 && now - lastDraw < REDRAW_NANOS)) {
      return;
    }
    lastDraw = now;
    String counts = summary.counts();
    String text;
    if (total.isDefined() && total.get() > 0) {
      int barWidth = Math.max(10, Math.min(40, width - 60));
      int filled = (int) ((long) barWidth * summary.lines() / total.get());
      text = "[" + "#".repeat(filled) + " ".repeat(barWidth - filled) + "] " + counts;
      text = text.replace(summary.lines() + " line", summary.lines() + "/" + total.get() + " line");
    } else {
      text = counts;
    }
    text = text.length() > width - 1 ? text.substring(0, width - 1) : text;
    err.print("\r" + text + " ".repeat(Math.max(0, drawn - text.length())));
    err.flush();
    drawn = text.length();
  }

  /** Erases the progress line. */
  void clear() {
    if (enabled && drawn > 0) {
      err.print("\r" + " ".repeat(drawn) + "\r");
      err.flush();
      drawn = 0;
    }
  }
}
