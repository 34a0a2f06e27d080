package io.github.modelconfig.adapter.huggingface;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test fixture: what a hostile or broken server does instead of answering, as handlers for {@link
 * FakeHub#takeOver}: stall after the headers, trickle the body, never answer, ignore {@code Range}
 * (a 200 with a huge file), send a 2 GB JSON body. Bodies are generated as they are written, never
 * held; {@link #written()} counts the bytes the client let through before closing.
 */
public final class HostileReplies {

  /** How long a stalling handler waits; longer than any client timeout under test. */
  public static final long FOREVER_MS = 120_000;

  private final AtomicLong written = new AtomicLong();

  /** Body bytes the server managed to write (the client read them or its socket buffered them). */
  public long written() {
    return written.get();
  }

  /** Headers of a 1,000-byte reply, then nothing. */
  public HttpHandler stallAfterHeaders() {
    return ex -> {
      ex.sendResponseHeaders(200, 1000);
      ex.getResponseBody().flush();
      sleep(FOREVER_MS);
      ex.close();
    };
  }

  /** Headers, then one byte of a 1 MB body every {@code intervalMs}. */
  public HttpHandler trickle(long intervalMs) {
    return ex -> {
      ex.sendResponseHeaders(200, 1_000_000);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 1_000_000; i++) {
          out.write('{');
          out.flush();
          written.incrementAndGet();
          sleep(intervalMs);
        }
      } catch (IOException closedByClient) {
        // the client gave up: what the test wants
      }
    };
  }

  /** Accepts the request and never answers. */
  public HttpHandler silence() {
    return ex -> {
      sleep(FOREVER_MS);
      ex.close();
    };
  }

  /** Ignores {@code Range}: a 200 with {@code file}'s bytes, then zeros up to {@code size}. */
  public HttpHandler wholeFile(Path file, long size) {
    return ex -> {
      byte[] start = Files.readAllBytes(file);
      ex.getResponseHeaders().set("Accept-Ranges", "none");
      ex.sendResponseHeaders(200, size);
      stream(ex.getResponseBody(), start, new byte[64 * 1024], size);
    };
  }

  /**
   * A model info of {@code size} bytes: a valid start, then {@code {"rfilename":"f"},} for ever,
   * written 64 KiB at a time.
   */
  public HttpHandler endlessModelInfo(long size) {
    return ex -> {
      byte[] start =
          ("{\"id\":\"org/tiny\",\"sha\":\"" + "a".repeat(40) + "\",\"siblings\":[")
              .getBytes(StandardCharsets.US_ASCII);
      byte[] item = "{\"rfilename\":\"f\"},".getBytes(StandardCharsets.US_ASCII);
      byte[] block = new byte[item.length * 4096];
      for (int i = 0; i < 4096; i++) {
        System.arraycopy(item, 0, block, i * item.length, item.length);
      }
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, size);
      stream(ex.getResponseBody(), start, block, size);
    };
  }

  /** A fixed JSON reply (a model info with a bad field). */
  public static HttpHandler json(String body) {
    return ex -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/json");
      ex.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    };
  }

  private void stream(OutputStream body, byte[] start, byte[] block, long size) {
    try (OutputStream out = body) {
      long left = size;
      int n = (int) Math.min(start.length, left);
      out.write(start, 0, n);
      written.addAndGet(n);
      left -= n;
      while (left > 0) {
        n = (int) Math.min(block.length, left);
        out.write(block, 0, n);
        written.addAndGet(n);
        left -= n;
      }
    } catch (IOException closedByClient) {
      // the client closed the connection once it had read enough
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
