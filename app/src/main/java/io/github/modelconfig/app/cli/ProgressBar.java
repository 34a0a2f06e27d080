package io.github.modelconfig.app.cli;

import io.github.modelconfig.application.port.in.DownloadProgress;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;

/** CLI: a download progress bar on stderr, drawn only on an interactive terminal. */
final class ProgressBar implements DownloadProgress {

  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final Terminal terminal;
  private final AtomicLong done = new AtomicLong();
  private volatile long total;
  private volatile int files;
  private long lastDraw;

  ProgressBar(PrintWriter err, Terminal terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void planned(int files, long bytes) {
    this.files = files;
    this.total = bytes;
  }

  @Override
  public void advanced(long bytes) {
    long now = done.addAndGet(bytes);
    if (terminal.interactive()) {
      draw(now, false);
    }
  }

  void finish() {
    if (terminal.interactive() && total > 0) {
      draw(done.get(), true);
      err.println();
      err.flush();
    }
  }

  private synchronized void draw(long now, boolean force) {
    long t = System.nanoTime();
    if (!force && t - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = t;
    int width = Math.max(10, terminal.width() - 40);
    double fraction = total == 0 ? 1 : Math.min(1.0, (double) now / total);
    int filled = (int) (fraction * width);
    err.print(
        "\r"
            + files
            + " files ["
            + "#".repeat(filled)
            + " ".repeat(width - filled)
            + "] "
            + CacheScanCommand.human(now)
            + "/"
            + CacheScanCommand.human(total));
    err.flush();
  }
}
