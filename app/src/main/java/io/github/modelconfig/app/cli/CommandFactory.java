package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine;
import java.nio.file.Path;

/**
 * CLI: creates commands with the use cases they run (supplied once the application is built) and
 * the terminal, without reflection-based injection.
 */
final class CommandFactory implements CommandLine.IFactory {

  private final ApplicationGraph app;
  private final Path workingDirectory;
  private final Terminal terminal;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(ApplicationGraph app, Path workingDirectory, Terminal terminal) {
    this.app = app;
    this.workingDirectory = workingDirectory;
    this.terminal = terminal;
  }

  /**
   * What {@link CommandLine#addSubcommand(Object)} takes for a subcommand: the model of {@code
   * resolve} and {@code inspect} built in code, the class of the annotated others (created through
   * {@link #create}).
   */
  Object subcommand(Class<?> type) {
    if (type == ResolveCommand.class) {
      return new ResolveCommand(
              decide -> app.with(decide).resolveModelConfig(),
              workingDirectory,
              terminal,
              System.in,
              () -> app.get().listModelFiles())
          .spec();
    }
    if (type == PlanCommand.class) {
      return new PlanCommand(
              decide -> app.with(decide).planServing(), workingDirectory, terminal, System.in)
          .spec();
    }
    if (type == InspectCommand.class) {
      return new InspectCommand(() -> app.get().inspectWeights(), terminal).spec();
    }
    return type;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == DevicesCommand.class) {
      return type.cast(new DevicesCommand(() -> app.get().listDevices(), terminal));
    }
    if (type == DownloadCommand.class) {
      return type.cast(new DownloadCommand(() -> app.get().downloadModel(), terminal));
    }
    if (type == ConformanceCommand.class) {
      return type.cast(new ConformanceCommand(workingDirectory));
    }
    if (type == CacheScanCommand.class) {
      return type.cast(new CacheScanCommand(() -> app.get().scanCache()));
    }
    return fallback.create(type);
  }
}
