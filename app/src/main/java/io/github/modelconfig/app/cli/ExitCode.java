package io.github.modelconfig.app.cli;

/** CLI: the exit codes of PRODUCT.md. */
public enum ExitCode {
  OK(0),
  BUG(1),
  INVALID(2),
  NOT_FOUND(3),
  AUTH(4),
  NETWORK(5);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
