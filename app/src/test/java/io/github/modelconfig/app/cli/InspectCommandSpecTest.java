package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.modelconfig.app.cli.picocli.CommandLine;
import org.junit.jupiter.api.Test;

class InspectCommandSpecTest {

  private static CommandLine line() {
    return new CommandLine(
        new InspectCommand(
                () -> {
                  throw new AssertionError("only parsed");
                },
                Terminal.plain())
            .spec());
  }

  @Test
  void givenNoRevision_parse_defaultsToMain() {
    CommandLine line = line();
    CommandLine.ParseResult parsed = line.parseArgs("model.gguf");

    assertThat((String) parsed.matchedPositionalValue(0, null)).isEqualTo("model.gguf");
    assertThat((String) line.getCommandSpec().findOption("--revision").getValue())
        .isEqualTo("main");
    assertThat(parsed.hasMatchedOption("--json")).isFalse();
  }

  @Test
  void givenRevisionAndJson_parse_keepsThem() {
    CommandLine line = line();
    CommandLine.ParseResult parsed = line.parseArgs("repo/x", "--revision", "dev", "--json");

    assertThat((String) line.getCommandSpec().findOption("--revision").getValue()).isEqualTo("dev");
    assertThat(parsed.hasMatchedOption("--json")).isTrue();
  }

  @Test
  void givenNoTarget_parse_failsAsARequiredParameter() {
    assertThatThrownBy(() -> line().parseArgs())
        .isInstanceOf(CommandLine.MissingParameterException.class)
        .hasMessage("Missing required parameter: 'FILE-OR-FOLDER'");
  }
}
