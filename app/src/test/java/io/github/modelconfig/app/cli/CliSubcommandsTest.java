package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliSubcommandsTest {

  @Test
  void givenSubcommandFirst_subcommandsFor_registersOnlyThatOne() {
    assertThat(Cli.subcommandsFor(new String[] {"resolve", "examples/tiny-llama"}))
        .containsExactly(ResolveCommand.class);
    assertThat(Cli.subcommandsFor(new String[] {"cache", "scan"}))
        .containsExactly(CacheCommand.class);
  }

  @Test
  void givenLoneVersion_subcommandsFor_registersNone() {
    assertThat(Cli.subcommandsFor(new String[] {"--version"})).isEmpty();
    assertThat(Cli.subcommandsFor(new String[] {"-V"})).isEmpty();
  }

  @Test
  void givenNoSubcommandFirst_subcommandsFor_registersAllInHelpOrder() {
    assertThat(Cli.subcommandsFor(new String[] {"--help"}))
        .containsExactly(
            ResolveCommand.class,
            PlanCommand.class,
            InspectCommand.class,
            DevicesCommand.class,
            DownloadCommand.class,
            CacheCommand.class,
            SchemaCommand.class,
            ConformanceCommand.class);
    assertThat(Cli.subcommandsFor(new String[] {"--version", "resolve"})).hasSize(8);
    assertThat(Cli.subcommandsFor(new String[] {"reslove"})).hasSize(8);
    assertThat(Cli.subcommandsFor(new String[0])).hasSize(8);
  }

  @Test
  void rootHelp_listsEverySubcommandInOrder() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsSubsequence(
            "Commands:", "  resolve ", "  inspect ", "  devices ", "  download ", "  cache ");
  }

  @Test
  void givenMisspelledSubcommand_run_failsAsBeforeWithUsageHint() {
    CliRun run = CliRun.of("reslove");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID.code());
    assertThat(run.err()).contains("Unmatched argument at index 0: 'reslove'");
    assertThat(run.err()).contains("Run 'modelconfig --help' for usage.");
  }

  @Test
  void givenSubcommandHelp_run_namesTheQualifiedCommand() {
    CliRun run = CliRun.of("cache", "scan", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: modelconfig cache scan ");
  }
}
