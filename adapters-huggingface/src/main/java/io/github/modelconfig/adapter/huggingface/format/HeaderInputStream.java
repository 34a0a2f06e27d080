package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.ByteSource;
import java.io.InputStream;

/**
 * Driven-adapter helper: the bytes {@code [start, start + length)} of a byte source as a stream,
 * fetched in windows of at most {@link #MAX_WINDOW} (one read for any usual header, a handful of
 * range requests for a 25 MB one), so a header is parsed without ever being held whole; bytes that
 * are not UTF-8 stop the stream (a JSON parser that does not canonicalize names would replace
 * them).
 */
final class HeaderInputStream extends InputStream {

  static final int MAX_WINDOW = 4 * 1024 * 1024;

  private final ByteSource source;
  private final long end;
  private long next;
  private byte[] window = new byte[0];
  private int at;
  private final Utf8 utf8 = new Utf8();

  HeaderInputStream(ByteSource source, long start, long length) {
    this.source = source;
    this.next = start;
    this.end = start + length;
  }

  @Override
  public int read() {
    if (!fill()) {
      return -1;
    }
    return window[at++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, window.length - at);
    System.arraycopy(window, at, b, off, n);
    at += n;
    return n;
  }

  private boolean fill() {
    if (at < window.length) {
      return true;
    }
    if (next >= end) {
      return false;
    }
    int n = (int) Math.min(MAX_WINDOW, end - next);
    window = SourceReadFailed.read(source, next, n);
    next += n;
    if (!utf8.accept(window, 0, n) || (next >= end && !utf8.complete())) {
      throw new MalformedWeightsException("the header is not valid UTF-8");
    }
    at = 0;
    return true;
  }
}
