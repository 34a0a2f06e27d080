package io.github.modelconfig.app.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {

  private final BatchSummary summary = new BatchSummary();
  private int number;

  private void resolved() {
    summary.add(LineOutcome.answered(new BatchLine(++number, "m"), Option.none(), Map.of()));
  }

  private void failed(LineStatus status, ErrorCode... codes) {
    List<ConfigError> errors =
        java.util.Arrays.stream(codes).map(c -> new ConfigError(c, "f", "m", "h")).toList();
    summary.add(LineOutcome.failed(new BatchLine(++number, "m"), Option.none(), status, errors));
  }

  @Test
  void givenEveryLineResolved_exitCode_isZero() {
    resolved();
    resolved();

    assertThat(summary.exitCode()).isZero();
    assertThat(summary.counts()).isEqualTo("2 lines: 2 resolved, 0 invalid, 0 unavailable");
  }

  @Test
  void givenOnlyUnreachableRepos_exitCode_isTheNetworkCode() {
    resolved();
    failed(LineStatus.UNAVAILABLE, ErrorCode.TRANSPORT);
    failed(LineStatus.UNAVAILABLE, ErrorCode.RATE_LIMITED);

    assertThat(summary.exitCode()).isEqualTo(5);
  }

  @Test
  void givenMixedFailures_exitCode_isInvalid() {
    failed(LineStatus.UNAVAILABLE, ErrorCode.REPO_NOT_FOUND);
    failed(LineStatus.INVALID, ErrorCode.BATCH_LINE);

    assertThat(summary.exitCode()).isEqualTo(2);
  }

  @Test
  void givenLinesWithCodes_print_countsEachCodeOncePerLineMostFrequentFirst() {
    resolved();
    failed(LineStatus.INVALID, ErrorCode.OUT_OF_RANGE);
    failed(LineStatus.INVALID, ErrorCode.BATCH_LINE);
    failed(LineStatus.INVALID, ErrorCode.OUT_OF_RANGE, ErrorCode.OUT_OF_RANGE);
    StringWriter err = new StringWriter();

    summary.print(new PrintWriter(err), 1_234_000_000L);

    assertThat(err.toString().lines())
        .containsExactly(
            "modelconfig: 4 lines: 1 resolved, 3 invalid, 0 unavailable (1.23 s)",
            "  invalid out_of_range: 2 lines, first line 2",
            "  invalid batch_line: 1 line, first line 3");
  }

  @Test
  void givenNanoseconds_seconds_roundsToHundredths() {
    assertThat(BatchSummary.seconds(0)).isEqualTo("0.00");
    assertThat(BatchSummary.seconds(45_000_000L)).isEqualTo("0.05");
    assertThat(BatchSummary.seconds(9_996_000_000L)).isEqualTo("10.00");
  }
}
