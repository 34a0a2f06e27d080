package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import picocli.CommandLine;

/** CLI: creates commands with the settings they need, without reflection-based injection. */
final class CommandFactory implements CommandLine.IFactory {

  private final AppSettings settings;
  private final Terminal terminal;
  private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

  CommandFactory(AppSettings settings, Terminal terminal) {
    this.settings = settings;
    this.terminal = terminal;
  }

  /**
   * What {@link CommandLine#addSubcommand(Object)} takes for a subcommand: the model of {@code
   * resolve} and {@code inspect} built in code, the class of the annotated others (created through
   * {@link #create}).
   */
  Object subcommand(Class<?> type) {
    if (type == ResolveCommand.class) {
      return new ResolveCommand(settings, terminal).spec();
    }
    if (type == InspectCommand.class) {
      return new InspectCommand(settings, terminal).spec();
    }
    return type;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type == DevicesCommand.class) {
      return type.cast(new DevicesCommand(settings, terminal));
    }
    if (type == DownloadCommand.class) {
      return type.cast(new DownloadCommand(settings, terminal));
    }
    if (type == CacheScanCommand.class) {
      return type.cast(new CacheScanCommand(settings));
    }
    return fallback.create(type);
  }
}
