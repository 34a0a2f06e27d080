package io.github.modelconfig.app.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** CLI: the root {@code modelconfig} command. */
@Command(
    name = "modelconfig",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Resolves, validates and explains how an LLM or diffusion model will be served.")
public final class ModelConfigCommand implements Runnable {

  /**
   * The subcommands in help order. {@link Cli} registers only the one a command line names, so a
   * run of {@code resolve} does not build the option model of the others.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ResolveCommand.class,
          InspectCommand.class,
          DevicesCommand.class,
          DownloadCommand.class,
          CacheCommand.class);

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
