package io.github.modelconfig.adapter.huggingface.hub;

/**
 * Value: how much of a reply's body to read, by status: {@code partial} bytes of a 206, {@code
 * whole} bytes of another success, {@link #ERROR_BYTES} of anything else (enough for a message);
 * and whether it is a file read (timed by {@code HF_HUB_DOWNLOAD_TIMEOUT}, given time for its
 * bytes) or a metadata request ({@code HF_HUB_ETAG_TIMEOUT}). What the server sends beyond is never
 * read: the connection is closed.
 */
record HubRead(long whole, long partial, boolean download) {

  static final long ERROR_BYTES = 64 * 1024;

  /** Bytes a second a file read is given on top of the request deadline. */
  static final long SLOWEST_BYTES_PER_SECOND = 64 * 1024;

  HubRead {
    if (whole < 0 || partial < 0) {
      throw new IllegalArgumentException("negative read limit");
    }
  }

  /** A JSON or small file: at most {@code max} bytes (one more is read to see it is larger). */
  static HubRead metadata(long max) {
    return new HubRead(max + 1, max + 1, false);
  }

  /** A HEAD or a redirect: no body. */
  static HubRead headers() {
    return new HubRead(0, 0, false);
  }

  /**
   * Bytes {@code [offset, offset + length)}: all of a 206, and of a 200 (a server that ignores
   * {@code Range}) the file's start up to them when they start the file or that is at most {@code
   * skipLimit} bytes.
   */
  static HubRead range(long offset, int length, long skipLimit) {
    long upTo = offset + length;
    return new HubRead(offset == 0 || upTo <= skipLimit ? upTo : 0, length + 1L, true);
  }

  long limit(int status) {
    if (status == 206) {
      return partial;
    }
    return status >= 200 && status < 300 ? whole : ERROR_BYTES;
  }

  long bytes() {
    return Math.max(whole, partial);
  }
}
