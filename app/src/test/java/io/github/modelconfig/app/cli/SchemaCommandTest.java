package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code schema NAME}: each schema is printed, is a valid 2020-12 schema (checked by {@link
 * JsonOutputs} against the meta-schema), carries the {@code $id} outputs name, and is frozen for
 * its version (released.txt); a breaking change to an output fails its schema.
 */
class SchemaCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path RELEASED = Path.of("src/test/resources/schemas/released.txt");

  @ParameterizedTest(name = "{0}")
  @EnumSource(OutputSchema.class)
  void givenEachSchema_schema_printsAValidSchemaWithItsId(OutputSchema schema) throws Exception {
    CliRun run = CliRun.of("schema", schema.wireName());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode printed = JSON.readTree(run.out());
    assertThat(printed.get("$schema").asText()).isEqualTo(JsonOutputs.META_SCHEMA);
    assertThat(printed.get("$id").asText()).isEqualTo(schema.id()).endsWith("/1.0.json");
    assertThat(printed.at("/properties/$schema/const").asText()).isEqualTo(schema.id());
    assertThat(printed.get("title").asText()).contains("version " + schema.version());
  }

  @Test
  void givenNoName_schema_listsEveryNameWithItsVersionAndId() {
    CliRun run = CliRun.of("schema");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .hasSize(OutputSchema.values().length)
        .anySatisfy(
            l ->
                assertThat(l.split(" +"))
                    .containsExactly(
                        "resolve",
                        "1.0",
                        "https://modelconfig.github.io/schemas/resolve/1.0.json"));
  }

  @Test
  void givenAnUnknownName_schema_exits2ListingTheNames() {
    CliRun run = CliRun.of("schema", "resolved");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no schema named 'resolved'", "resolve, inspect, plan");
  }

  /**
   * A released version's schema never changes: released.txt holds each version's SHA-256. A change
   * needs a new version (minor: keys added; major: keys removed, renamed or retyped) and a line.
   */
  @Test
  void givenTheReleasedVersions_eachSchemaIsUnchangedForItsVersion() throws Exception {
    Map<String, String> released = new LinkedHashMap<>();
    for (String line : Files.readAllLines(RELEASED)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] parts = line.trim().split(" +");
        released.put(parts[0] + " " + parts[1], parts[2]);
      }
    }
    for (OutputSchema schema : OutputSchema.values()) {
      String key = schema.wireName() + " " + schema.version();
      assertThat(released)
          .as("released.txt lists %s; add: %s %s", key, key, sha256(schema.text()))
          .containsKey(key);
      assertThat(sha256(schema.text()))
          .as(
              "schema %s changed without a new version: give it a new version in OutputSchema"
                  + " and its $id, and add a line to released.txt",
              key)
          .isEqualTo(released.get(key));
    }
  }

  @Test
  void givenAResolveOutputWithAKeyRemovedAddedOrRetyped_itsSchemaRejectsEach() throws Exception {
    ObjectNode output =
        (ObjectNode) JSON.readTree(CliRun.of("resolve", "examples/tiny-llama", "--json").out());
    assertThat(JsonOutputs.errors(output)).isEmpty();

    ObjectNode removed = output.deepCopy();
    removed.remove("max_length");
    ObjectNode added = output.deepCopy();
    ((ObjectNode) added.get("kv_cache")).put("page_size", 128);
    ObjectNode retyped = output.deepCopy();
    retyped.put("weights_size", "429400");
    ObjectNode renamedValue = output.deepCopy();
    renamedValue.put("quantization_encoding", "fp32");

    assertThat(JsonOutputs.errors(removed).toString()).contains("max_length");
    assertThat(JsonOutputs.errors(added).toString()).contains("page_size");
    assertThat(JsonOutputs.errors(retyped).toString()).contains("weights_size");
    assertThat(JsonOutputs.errors(renamedValue)).isNotEmpty();
  }

  static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
