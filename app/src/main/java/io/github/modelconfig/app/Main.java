package io.github.modelconfig.app;

import io.github.modelconfig.app.cli.Cli;

/** Entry point of the {@code modelconfig} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int code = Cli.run(args, AppSettings.fromProcess());
    ProcessExit.prepare();
    System.exit(code);
  }
}
