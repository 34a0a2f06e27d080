package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.ModelConfigApplication;
import io.github.modelconfig.app.cli.picocli.CommandLine;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/** CLI: builds the command line, runs it, and turns a crash into exit code 1 without a trace. */
public final class Cli {

  private Cli() {}

  /** Runs on the process's streams, flushed when it returns (the process may exit at once). */
  public static int run(String[] args, AppSettings settings) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    try {
      return run(args, settings, out, err, Terminal.detect());
    } finally {
      out.flush();
      err.flush();
    }
  }

  public static int run(
      String[] args, AppSettings settings, PrintWriter out, PrintWriter err, Terminal terminal) {
    return run(
        args,
        settings,
        s -> ModelConfigApplication.builder(s).detectDevicesOnce().build(),
        out,
        err,
        terminal);
  }

  /**
   * Parses {@code args}, lets the command decide the settings ({@code --offline}, {@code
   * --target}), builds the application once with {@code factory}, then runs the command.
   */
  static int run(
      String[] args,
      AppSettings settings,
      Function<AppSettings, ModelConfigApplication> factory,
      PrintWriter out,
      PrintWriter err,
      Terminal terminal) {
    ApplicationGraph app = new ApplicationGraph(settings, factory);
    CommandFactory commands = new CommandFactory(app, settings.workingDirectory(), terminal);
    List<Object> subcommands = subcommandsFor(args).stream().map(commands::subcommand).toList();
    CommandLine line = commandLine(ModelConfigCommand.spec(), commands, subcommands, out, err);
    line.setExecutionStrategy(
        parsed -> {
          app.build(parsed);
          return new CommandLine.RunLast().execute(parsed);
        });
    return line.execute(args);
  }

  /**
   * A command line for {@code command} and its subcommands writing to these streams (set after the
   * subcommands are added, so they write there too), failures as exit codes.
   */
  static CommandLine commandLine(
      Object command,
      CommandLine.IFactory factory,
      List<Object> subcommands,
      PrintWriter out,
      PrintWriter err) {
    CommandLine line = new CommandLine(command, factory);
    subcommands.forEach(line::addSubcommand);
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("modelconfig: internal error: " + e);
          if (System.getenv("MODELCONFIG_DEBUG") != null) {
            e.printStackTrace(err);
          } else {
            err.println(
                "This is a bug. Re-run with MODELCONFIG_DEBUG=1 for details and report it.");
          }
          return ExitCode.BUG.code();
        });
    line.setParameterExceptionHandler(
        (e, argv) -> {
          err.println("modelconfig: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          err.println(
              "Run '"
                  + e.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help' for usage.");
          return ExitCode.INVALID.code();
        });
    return line;
  }

  /**
   * The subcommands a command line needs: the one it names first (picocli then parses exactly as
   * with all registered), none for a lone {@code --version}, else all (root help lists them).
   */
  static List<Class<?>> subcommandsFor(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return List.of();
    }
    if (args.length > 0) {
      for (ModelConfigCommand.Subcommand subcommand : ModelConfigCommand.SUBCOMMANDS) {
        if (subcommand.name().equals(args[0])) {
          return List.of(subcommand.type());
        }
      }
    }
    return ModelConfigCommand.SUBCOMMANDS.stream()
        .<Class<?>>map(ModelConfigCommand.Subcommand::type)
        .toList();
  }
}
