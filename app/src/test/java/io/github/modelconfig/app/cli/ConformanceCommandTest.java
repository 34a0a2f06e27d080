package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code conformance}: against this project in-process, and against another program through {@code
 * --implementation}: our CLI in a child JVM behind a script that passes its output through, or
 * alters one field, which the suite must catch, naming the case and the field.
 */
class ConformanceCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** A script running our CLI in a child JVM, its stdout through {@code sed EXPRESSION}. */
  private String implementation(String sedExpression) throws Exception {
    Path script = dir.resolve("impl.sh");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "out=$(\""
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "\" -XX:TieredStopAtLevel=1 -cp '"
            + System.getProperty("java.class.path")
            + "' io.github.modelconfig.app.Main \"$@\")\n"
            + "code=$?\n"
            + "printf '%s\\n' \"$out\" | sed '"
            + sedExpression
            + "'\n"
            + "exit $code\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script.toString();
  }

  @Test
  void givenOurCliBehindAScript_conformance_passesTheCase() throws Exception {
    CliRun run =
        CliRun.of("conformance", "--implementation", implementation("s/x/x/"), "--case", "max-31");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("PASS  max/max-31-only-bfloat16", "1 cases: 1 passed");
  }

  @Test
  void givenAnImplementationThatAltersOneField_conformance_failsNamingTheCaseAndField()
      throws Exception {
    String wrong =
        implementation(
            "s/\"quantization_encoding\" : \"bfloat16\"/\"quantization_encoding\" : \"float16\"/");

    CliRun run = CliRun.of("conformance", "--implementation", wrong, "--case", "max-31", "--json");

    assertThat(run.exitCode()).isEqualTo(6);
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("failed").asInt()).isEqualTo(1);
    JsonNode failed = report.get("cases").get(0);
    assertThat(failed.get("id").asText()).isEqualTo("max-31-only-bfloat16");
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(failed.get("differences"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.get("pointer").asText()).isEqualTo("/quantization_encoding");
              assertThat(d.get("expected").asText()).isEqualTo("\"bfloat16\"");
              assertThat(d.get("actual").asText()).isEqualTo("\"float16\"");
            });
  }

  @Test
  void givenAnErrorCaseAndAnImplementationThatDropsAnError_conformance_namesTheMissingPair()
      throws Exception {
    String wrong = implementation("s/invalid_page_size/out_of_range/");

    CliRun run =
        CliRun.of("conformance", "--implementation", wrong, "--case", "diff-01-all-errors");

    assertThat(run.exitCode()).isEqualTo(6);
    assertThat(run.out())
        .contains("FAIL  difference/diff-01-all-errors-at-once")
        .contains("missing [invalid_page_size on kv_cache.kv_cache_page_size]")
        .contains("unexpected [out_of_range on kv_cache.kv_cache_page_size]");
  }

  @Test
  void givenNoCasesFolder_conformance_exits2SayingWhere() {
    CliRun run = CliRun.of("conformance", "--cases", "no/such/folder");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no conformance cases in", "--cases DIR");
  }

  @Test
  void givenAMissingProgram_conformance_failsEachCaseWithoutAStackTrace() {
    CliRun run =
        CliRun.of("conformance", "--implementation", "/no/such/program", "--case", "max-22");

    assertThat(run.exitCode()).isEqualTo(6);
    assertThat(run.out()).contains("FAIL  max/max-22-no-model", "cannot start /no/such/program");
  }
}
