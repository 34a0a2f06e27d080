package io.github.modelconfig.application.port.out;

/**
 * Driven port: random access to the bytes of one file, local (positional reads) or remote (HTTP
 * range reads), so format readers use the same code for both. Reads throw {@link
 * ByteSourceException}.
 */
public interface ByteSource extends AutoCloseable {

  /** The file's size in bytes. */
  long size();

  /** Reads exactly {@code length} bytes at {@code offset}, or fails when the file is shorter. */
  byte[] read(long offset, int length);

  /** A name for messages (the repo-relative path). */
  String name();

  @Override
  default void close() {}

  /** Fails a read of {@code length} bytes at {@code offset} that does not lie inside the file. */
  static void requireInside(String name, long size, long offset, int length, String hint) {
    if (offset < 0 || length < 0 || offset > size - length) {
      throw new ByteSourceException(
          new RepositoryFailure.Corrupt(
              name,
              name
                  + " is truncated: wanted "
                  + length
                  + " bytes at offset "
                  + offset
                  + " of a "
                  + size
                  + "-byte file.",
              hint));
    }
  }
}
