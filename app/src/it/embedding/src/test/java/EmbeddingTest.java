import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.cli.Cli;
import io.github.modelconfig.app.cli.Terminal;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An embedder's build: the README's snippet runs, and the CLI's libraries stayed behind. */
class EmbeddingTest {

  private static final Path EXAMPLES = Path.of(System.getProperty("modelconfig.examples"));

  @Test
  void givenTheExampleFolder_resolve_isFloat32AtTheAskedLength() {
    Either<ResolveFailure, ResolvedModelConfig> result =
        ResolveExample.resolve(EXAMPLES, "tiny-llama");

    assertTrue(result.isRight(), () -> "resolve failed: " + result);
    assertEquals(SupportedEncoding.FLOAT32, result.get().quantizationEncoding().get());
    assertEquals(1024L, result.get().maxLength().get());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "picocli.CommandLine",
        "com.google.inject.Guice",
        "jakarta.inject.Inject",
        "com.fasterxml.jackson.dataformat.yaml.YAMLMapper",
        "org.yaml.snakeyaml.Yaml"
      })
  void givenTheLibraryAlone_classPath_lacks(String className) {
    assertThrows(ClassNotFoundException.class, () -> Class.forName(className));
  }

  @Test
  void givenAConfigFileWithoutYaml_theCli_reportsWhatIsMissing() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        Cli.run(
            new String[] {"resolve", "--config-file", "serve.yaml"},
            AppSettings.from(Map.of(), EXAMPLES),
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Terminal.plain());

    assertEquals(2, code, err::toString);
    assertTrue(
        err.toString().contains("jackson-dataformat-yaml is not on the classpath"), err::toString);
  }
}
