package io.github.modelconfig.application.port.out;

import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Driven port: random access to the bytes of one file, local (positional reads) or remote (HTTP
 * range reads), so format readers use the same code for both. A read that fails says why.
 */
public interface ByteSource extends AutoCloseable {

  /** The file's size in bytes. */
  long size();

  /**
   * Exactly {@code length} bytes at {@code offset}; a {@link RepositoryFailure.Corrupt} when they
   * do not lie inside the file, another failure when the file cannot be read.
   */
  Either<RepositoryFailure, byte[]> read(long offset, int length);

  /** A name for messages (the repo-relative path). */
  String name();

  @Override
  default void close() {}

  /**
   * The failure of a read of {@code length} bytes at {@code offset} that does not lie inside a file
   * of {@code size} bytes; none when it does.
   */
  static Option<RepositoryFailure> outside(
      String name, long size, long offset, int length, String hint) {
    if (offset >= 0 && length >= 0 && offset <= size - length) {
      return Option.none();
    }
    return Option.of(
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
