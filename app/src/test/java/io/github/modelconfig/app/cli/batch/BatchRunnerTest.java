package io.github.modelconfig.app.cli.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

  private static Iterator<BatchLine> numbered(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> new BatchLine(i, "line " + i)).iterator();
  }

  private static LineOutcome ok(BatchLine line) {
    return LineOutcome.answered(line, Option.of(line.text()), Map.of());
  }

  @Test
  void givenLinesFinishingOutOfOrder_run_handsThemOnInInputOrder() {
    List<Integer> handed = new ArrayList<>();

    // later lines finish first: line i sleeps (40 - i) ms
    new BatchRunner(8, 32)
        .run(
            numbered(40),
            line -> {
              sleep(40 - line.number());
              return ok(line);
            },
            outcome -> handed.add(outcome.line()));

    assertThat(handed).containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
  }

  @Test
  void givenASlowFirstLine_run_neverHoldsMoreThanTheWindow() throws Exception {
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    AtomicInteger read = new AtomicInteger();
    Iterator<BatchLine> lines = numbered(100);
    Iterator<BatchLine> counting =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return lines.hasNext();
          }

          @Override
          public BatchLine next() {
            read.incrementAndGet();
            return lines.next();
          }
        };
    List<Integer> handed = new ArrayList<>();
    Thread batch =
        new Thread(
            () ->
                new BatchRunner(2, 6)
                    .run(
                        counting,
                        line -> {
                          if (line.number() == 1) {
                            await(firstMayEnd);
                          }
                          return ok(line);
                        },
                        outcome -> handed.add(outcome.line())));
    batch.start();

    // line 1 blocks: lines 2-6 finish and wait; the seventh read waits for room in the window
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (read.get() < 7 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    Thread.sleep(100);
    assertThat(read.get()).as("lines read while line 1 runs").isEqualTo(7);
    assertThat(handed).isEmpty();
    firstMayEnd.countDown();
    batch.join(5000);

    assertThat(handed).hasSize(100).startsWith(1, 2, 3).endsWith(100);
  }

  @Test
  void givenAJobThatThrows_run_reportsThatLineAsABugAndGoesOn() {
    List<LineOutcome> handed = new ArrayList<>();

    new BatchRunner(2, 8)
        .run(
            numbered(3),
            line -> {
              if (line.number() == 2) {
                throw new IllegalStateException("boom");
              }
              return LineOutcome.failed(
                  line,
                  Option.none(),
                  LineStatus.INVALID,
                  List.of(new ConfigError(ErrorCode.OUT_OF_RANGE, "max_length", "m", "h")));
            },
            handed::add);

    assertThat(handed)
        .extracting(LineOutcome::status)
        .containsExactly(LineStatus.INVALID, LineStatus.BUG, LineStatus.INVALID);
    assertThat(handed.get(1).json())
        .startsWith(
            "{\"$schema\":\"https://modelconfig.github.io/schemas/errors/1.0.json\",\"line\":2,\"reference\":null,\"errors\":[{\"code\":\"internal_error\"")
        .contains("java.lang.IllegalStateException: boom");
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
