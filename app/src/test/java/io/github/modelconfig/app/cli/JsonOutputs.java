package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Test support: checks every JSON document a command printed against the schema it names ({@code
 * "$schema"}) with a JSON Schema 2020-12 validator (networknt json-schema-validator); a schema
 * document ({@code modelconfig schema NAME}) is checked against the 2020-12 meta-schema. Called by
 * {@link CliRun}, {@link CommandRun} and every test that captures the CLI's stdout itself, so a
 * change to an output that its schema does not allow fails the build.
 */
public final class JsonOutputs {

  /** The dialect our schemas declare. */
  static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Map<OutputSchema, Schema> SCHEMAS = new EnumMap<>(OutputSchema.class);

  private JsonOutputs() {}

  /**
   * Checks {@code stdout} when it is JSON (one document, or JSON Lines); text output is left alone.
   * Returns how many documents were checked.
   */
  public static int check(String stdout) {
    if (!stdout.strip().startsWith("{")) {
      return 0;
    }
    int checked = 0;
    try (MappingIterator<JsonNode> documents = JSON.readerFor(JsonNode.class).readValues(stdout)) {
      while (documents.hasNext()) {
        checkOne(documents.next());
        checked++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("stdout starts like JSON but is not: " + stdout, e);
    }
    return checked;
  }

  /** The errors of {@code document} against the schema it names (empty: valid). */
  public static List<Error> errors(JsonNode document) {
    JsonNode named = document.get(OutputSchema.KEY);
    assertThat(named)
        .as("a JSON output names its schema in \"$schema\": %s", abbreviated(document))
        .isNotNull();
    if (named.asText().equals(META_SCHEMA)) {
      return REGISTRY.getSchema(SchemaLocation.of(META_SCHEMA)).validate(document);
    }
    OutputSchema schema =
        OutputSchema.withId(named.asText())
            .getOrElseThrow(() -> new AssertionError("no schema has the $id " + named));
    return schema(schema).validate(document);
  }

  /** The validator of one of our schemas, loaded once from the app's resources. */
  static synchronized Schema schema(OutputSchema schema) {
    return SCHEMAS.computeIfAbsent(
        schema, s -> REGISTRY.getSchema(SchemaLocation.of(s.id()), s.text(), InputFormat.JSON));
  }

  private static void checkOne(JsonNode document) {
    assertThat(errors(document))
        .as("JSON output against its schema: %s", abbreviated(document))
        .isEmpty();
  }

  private static String abbreviated(JsonNode document) {
    String text = document.toString();
    return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
  }
}
