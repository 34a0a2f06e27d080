package io.github.modelconfig.app.cli;

import picocli.CommandLine.Command;

/** CLI: the root {@code modelconfig} command. */
@Command(
    name = "modelconfig",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Resolves, validates and explains how an LLM or diffusion model will be served.",
    subcommands = {
      ResolveCommand.class,
      InspectCommand.class,
      DevicesCommand.class,
      DownloadCommand.class,
      CacheCommand.class
    })
public final class ModelConfigCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
