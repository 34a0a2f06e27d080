package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.app.IsolatedSettings;
import io.github.modelconfig.app.ModelConfigs;
import io.github.modelconfig.app.cli.picocli.CommandLine;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.request.CliKind;
import io.github.modelconfig.domain.request.Field;
import io.github.modelconfig.domain.request.FieldCheck;
import io.github.modelconfig.domain.request.FieldTable;
import io.github.modelconfig.domain.request.Fields;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.request.RequestBinder;
import io.github.modelconfig.domain.request.Rules;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new field (MAX's {@code device_graph_capture}, reference §2.1 step 11) is one table entry and
 * its rule: the {@code resolve} options, config-file keys, the binder and the JSON echo pick it up
 * from the table, without a change to their code.
 */
class AddingAFieldTest {

  static final Field<Boolean> DEVICE_GRAPH_CAPTURE =
      Field.of("device_graph_capture", Rules.bool(), false)
          .cli(CliKind.OPTIONAL_TRUE, "BOOL", "Capture the device graph (needs max_batch_size).")
          .json("max_batch_size")
          .draft();

  static final FieldTable TABLE =
      Fields.TABLE
          .with(DEVICE_GRAPH_CAPTURE)
          .with(
              new FieldCheck(
                  DEVICE_GRAPH_CAPTURE,
                  bound ->
                      bound.get(DEVICE_GRAPH_CAPTURE) && bound.get(Fields.MAX_BATCH_SIZE).isEmpty()
                          ? Option.of(
                              new ConfigError(
                                  ErrorCode.OUT_OF_RANGE,
                                  "device_graph_capture",
                                  "device_graph_capture needs max_batch_size.",
                                  "Set --max-batch-size."))
                          : Option.none()));

  @TempDir Path dir;

  private static ResolveOptions parse(String... args) {
    CommandSpec spec = CommandSpec.create();
    ResolveOptions.addTo(spec, TABLE);
    return ResolveOptions.of(new CommandLine(spec).parseArgs(args), TABLE);
  }

  @Test
  void givenTheNewField_theResolveOptions_offerItAfterMaxsFieldsWithItsHelp() {
    CommandSpec spec = CommandSpec.create();
    ResolveOptions.addTo(spec, TABLE);
    List<String> names = new ArrayList<>();
    spec.options().forEach(o -> names.add(o.longestName()));

    assertThat(names.subList(names.indexOf("--max-num-loras"), names.indexOf("--draft-model-path")))
        .containsExactly("--max-num-loras", "--device-graph-capture");
    assertThat(spec.findOption("--device-graph-capture").description())
        .containsExactly("Capture the device graph (needs max_batch_size).");
    assertThat(parse("m", "--device-graph-capture").flagSettings().get("device_graph_capture"))
        .extracting(RawSetting::value, RawSetting::detail)
        .containsExactly("true", "--device-graph-capture");
  }

  @Test
  void givenTheNewFieldInAConfigFile_mergeAndBind_readItUnderTheFlags() throws Exception {
    Path yaml =
        Files.writeString(dir.resolve("c.yaml"), "max_batch_size: 4\ndevice_graph_capture: yes\n");

    Map<String, RawSetting> merged =
        ConfigFileLoader.merge(
                Optional.of("c.yaml"), Optional.empty(), parse("m").flagSettings(), dir, TABLE)
            .get();
    ModelConfigRequest request = RequestBinder.bind(merged, TABLE).get();

    assertThat(request.get(DEVICE_GRAPH_CAPTURE)).isTrue();
    assertThat(request.provenance().of("device_graph_capture").source())
        .isEqualTo(Source.CONFIG_FILE);
    assertThat(
            RequestBinder.bind(parse("m", "--device-graph-capture").flagSettings(), TABLE)
                .getError()
                .map(ConfigError::message))
        .as("its rule")
        .containsExactly("device_graph_capture needs max_batch_size.");
  }

  @Test
  void givenTheNewField_resolveJson_echoesItWhereTheTableSays() {
    ModelConfigRequest request =
        RequestBinder.bind(
                parse("examples/tiny-llama", "--max-batch-size", "2", "--device-graph-capture")
                    .flagSettings(),
                TABLE)
            .get();
    ResolvedModelConfig resolved =
        ModelConfigs.resolver(IsolatedSettings.of(dir, CliRun.ROOT))
            .resolve(new ResolveQuery(request))
            .get();

    Map<String, Object> json = ResolvedJson.of(resolved);

    List<String> keys = new ArrayList<>(json.keySet());
    assertThat(keys.subList(keys.indexOf("max_batch_size"), keys.indexOf("device_specs")))
        .as("after max_batch_size, with any other echo of it")
        .startsWith("max_batch_size")
        .contains("device_graph_capture");
    keys.remove("device_graph_capture");
    assertThat(keys).containsExactlyElementsOf(ResolveCommandTest.TOP_LEVEL_KEYS);
    assertThat(json.get("device_graph_capture")).isEqualTo(true);
  }
}
