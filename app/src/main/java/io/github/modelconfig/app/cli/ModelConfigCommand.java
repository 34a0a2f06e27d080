package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.OptionSpec;
import java.util.List;

/**
 * CLI: the root {@code modelconfig} command. Its model is built in code, as {@link
 * ResolveCommand}'s is: reading picocli's annotations reflectively (annotation proxies, field
 * scans) was the largest start-up cost of a {@code resolve} run.
 */
public final class ModelConfigCommand implements Runnable {

  /** A subcommand's name and class, in help order. */
  record Subcommand(String name, Class<?> type) {}

  /**
   * The subcommands in help order. {@link Cli} registers only the one a command line names, so a
   * run of {@code resolve} does not build the option model of the others.
   */
  static final List<Subcommand> SUBCOMMANDS =
      List.of(
          new Subcommand("resolve", ResolveCommand.class),
          new Subcommand("plan", PlanCommand.class),
          new Subcommand("inspect", InspectCommand.class),
          new Subcommand("devices", DevicesCommand.class),
          new Subcommand("download", DownloadCommand.class),
          new Subcommand("cache", CacheCommand.class),
          new Subcommand("schema", SchemaCommand.class),
          new Subcommand("conformance", ConformanceCommand.class));

  private CommandSpec spec;

  private ModelConfigCommand() {}

  /** The root command's model: name, description, version and the standard help options. */
  static CommandSpec spec() {
    ModelConfigCommand command = new ModelConfigCommand();
    command.spec =
        CommandSpec.wrapWithoutInspection(command)
            .name("modelconfig")
            .versionProvider(new VersionProvider());
    command
        .spec
        .usageMessage()
        .description(
            "Resolves, validates and explains how an LLM or diffusion model will be served.");
    addStandardHelpOptions(command.spec);
    return command.spec;
  }

  /**
   * {@code -h/--help} and {@code -V/--version}, as picocli's mixinStandardHelpOptions adds them.
   */
  static void addStandardHelpOptions(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .descriptionKey("mixinStandardHelpOptions.help")
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .descriptionKey("mixinStandardHelpOptions.version")
            .description("Print version information and exit.")
            .build());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code --json}: print one JSON object on stdout. */
  static void addJsonOption(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("--json")
            .type(boolean.class)
            .description("Print one JSON object on stdout.")
            .build());
  }
}
