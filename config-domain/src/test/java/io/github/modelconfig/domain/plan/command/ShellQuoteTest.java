package io.github.modelconfig.domain.plan.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShellQuoteTest {

  @Test
  void givenSafeWords_quote_leavesThemBare() {
    assertThat(ShellQuote.quote("meta-llama/Llama-3.1-8B-Instruct"))
        .isEqualTo("meta-llama/Llama-3.1-8B-Instruct");
    assertThat(ShellQuote.quote("gpu:0,1,2,3")).isEqualTo("gpu:0,1,2,3");
  }

  @Test
  void givenSpacesQuotesAndGlobs_quote_singleQuotesAndEscapesTheQuote() {
    assertThat(ShellQuote.quote("/models/my model")).isEqualTo("'/models/my model'");
    assertThat(ShellQuote.quote("it's")).isEqualTo("'it'\\''s'");
    assertThat(ShellQuote.quote("*.gguf")).isEqualTo("'*.gguf'");
    assertThat(ShellQuote.quote("$HOME")).isEqualTo("'$HOME'");
    assertThat(ShellQuote.quote("~/m")).isEqualTo("'~/m'");
    assertThat(ShellQuote.quote("")).isEqualTo("''");
  }

  @Test
  void givenEnvironment_shellLine_putsSortedAssignmentsFirst() {
    LaunchCommand c =
        new LaunchCommand(
            Map.of("B", "x y", "A", "0,1"), List.of("llama-server", "--model", "a b"), List.of());

    assertThat(c.shellLine()).isEqualTo("A=0,1 B='x y' llama-server --model 'a b'");
  }
}
