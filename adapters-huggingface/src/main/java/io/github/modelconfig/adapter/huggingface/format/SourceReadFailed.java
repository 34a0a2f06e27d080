package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.RepositoryFailure;

/**
 * Driven-adapter signal: a read of the byte source under a header reader failed. It carries the
 * port's failure out of the reader's loops to {@link HeaderWeightsInspector}, which returns it as a
 * value; it never leaves this package.
 */
final class SourceReadFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient RepositoryFailure failure;

  private SourceReadFailed(RepositoryFailure failure) {
    super(failure.message(), null, false, false);
    this.failure = failure;
  }

  RepositoryFailure failure() {
    return failure;
  }

  /** Exactly {@code length} bytes at {@code offset}, or this signal with the read's failure. */
  static byte[] read(ByteSource source, long offset, int length) {
    return source.read(offset, length).getOrElseThrow(SourceReadFailed::new);
  }
}
