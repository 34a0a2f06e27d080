package io.github.modelconfig.app.cli.batch;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Batch: the request lines of a batch input (a file, or standard input), read one at a time so a
 * catalogue of any length is never held in memory. Blank lines and lines whose first non-blank
 * character is {@code #} are skipped; a line longer than {@link #MAX_LINE} characters is cut there
 * and marked, the rest of it skipped.
 */
public final class BatchInput implements Iterator<BatchLine>, Closeable {

  /** Characters a request line may have: a long command line or JSON object fits many times. */
  public static final int MAX_LINE = 64 * 1024;

  private final Reader reader;
  private int number;
  private BatchLine next;
  private boolean ended;

  private BatchInput(Reader reader) {
    this.reader = reader;
  }

  /** The lines of {@code file} (UTF-8). */
  public static BatchInput of(Path file) throws IOException {
    return of(Files.newInputStream(file));
  }

  /** The lines of {@code in} (UTF-8). */
  public static BatchInput of(InputStream in) {
    return new BatchInput(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
  }

  /** How many request lines {@code file} holds (a first pass, for the progress bar). */
  public static int count(Path file) throws IOException {
    int n = 0;
    try (BatchInput input = of(file)) {
      while (input.hasNext()) {
        input.next();
        n++;
      }
    }
    return n;
  }

  /** Whether another request line follows; a read failure is an {@link UncheckedIOException}. */
  @Override
  public boolean hasNext() {
    try {
      while (next == null && !ended) {
        next = readLine();
      }
      return next != null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read line " + (number + 1) + " of the batch", e);
    }
  }

  @Override
  public BatchLine next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    BatchLine line = next;
    next = null;
    return line;
  }

  /** The next line, or null when it is blank or a comment (and at the end). */
  private BatchLine readLine() throws IOException {
    StringBuilder text = new StringBuilder();
    boolean tooLong = false;
    int c;
    while ((c = reader.read()) != -1 && c != '\n') {
      if (text.length() < MAX_LINE) {
        text.append((char) c);
      } else {
        tooLong = true;
      }
    }
    if (c == -1) {
      ended = true;
      if (text.length() == 0) {
        return null;
      }
    }
    number++;
    String line = text.toString().strip();
    return line.isEmpty() || line.startsWith("#") ? null : new BatchLine(number, line, tooLong);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
