package io.github.modelconfig.application.port.out;

/** Driven-port signal: a {@link ByteSource} read failed; carries the failure across parsers. */
public final class ByteSourceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient RepositoryFailure failure;

  public ByteSourceException(RepositoryFailure failure) {
    super(failure.message(), null, false, false);
    this.failure = failure;
  }

  public RepositoryFailure failure() {
    return failure;
  }
}
