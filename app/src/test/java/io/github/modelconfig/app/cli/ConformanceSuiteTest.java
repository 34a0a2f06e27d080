package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.app.conformance.CaseLoader;
import io.github.modelconfig.app.conformance.CaseResult;
import io.github.modelconfig.app.conformance.CaseRunner;
import io.github.modelconfig.app.conformance.ConformanceCase;
import io.github.modelconfig.app.conformance.Implementation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole conformance suite (examples/conformance) passes on this implementation, in-process;
 * every output a case produces is also checked against the schema it names.
 */
class ConformanceSuiteTest {

  static final Path CASES = CliRun.ROOT.resolve("examples/conformance");

  static List<ConformanceCase> cases() {
    return CaseLoader.load(CASES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givenEachCase_ourImplementation_passes(ConformanceCase c) {
    InProcessImplementation ours = new InProcessImplementation();
    Implementation checked =
        new Implementation() {
          @Override
          public Run run(List<String> args, Path work, Map<String, String> env) {
            Run run = ours.run(args, work, env);
            JsonOutputs.check(run.stdout());
            return run;
          }

          @Override
          public String name() {
            return ours.name();
          }
        };

    CaseResult result = new CaseRunner(checked).run(c);

    assertThat(result.differences()).as(c.id() + "\n" + result.stderr()).isEmpty();
  }

  @Test
  void theSuiteCoversEachKind() {
    Map<String, Long> byKind =
        cases().stream()
            .collect(Collectors.groupingBy(ConformanceCase::kind, Collectors.counting()));

    assertThat(byKind.keySet()).containsExactlyInAnyOrderElementsOf(ConformanceCase.KINDS);
    assertThat(byKind.get("max")).isGreaterThanOrEqualTo(25);
    assertThat(byKind.get("real-model")).isGreaterThanOrEqualTo(10);
    assertThat(byKind.get("difference")).isGreaterThanOrEqualTo(15);
  }
}
