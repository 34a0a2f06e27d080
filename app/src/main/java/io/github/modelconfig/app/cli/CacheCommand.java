package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine.Command;

/** CLI: {@code cache}, the commands about the shared Hugging Face cache. */
@Command(
    name = "cache",
    mixinStandardHelpOptions = true,
    description = "Inspect the shared Hugging Face cache.",
    subcommands = {CacheScanCommand.class})
public final class CacheCommand implements Runnable {

  @io.github.modelconfig.app.cli.picocli.CommandLine.Spec
  io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
