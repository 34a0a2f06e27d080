package io.github.modelconfig.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.provenance.Source;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A field MAX has and modelconfig does not ({@code device_graph_capture}, reference §2.1 step 11)
 * added as one table entry and its rule, without touching the binder or the draft split.
 */
class AddingAFieldTest {

  /** The new field: a boolean option, echoed after max_batch_size, its own value on a draft. */
  static final Field<Boolean> DEVICE_GRAPH_CAPTURE =
      Field.of("device_graph_capture", Rules.bool(), false)
          .cli(CliKind.OPTIONAL_TRUE, "BOOL", "Capture the device graph (needs max_batch_size).")
          .json("max_batch_size")
          .draft();

  /** Its rule: graph capture needs a max_batch_size and a data_parallel_degree of 1. */
  static final FieldCheck NEEDS_FIXED_BATCH =
      new FieldCheck(
          DEVICE_GRAPH_CAPTURE,
          bound ->
              bound.get(DEVICE_GRAPH_CAPTURE)
                      && (bound.get(Fields.MAX_BATCH_SIZE).isEmpty()
                          || bound.get(Fields.DATA_PARALLEL_DEGREE) != 1)
                  ? Option.of(
                      new ConfigError(
                          ErrorCode.OUT_OF_RANGE,
                          "device_graph_capture",
                          "device_graph_capture needs max_batch_size and data_parallel_degree 1.",
                          "Set --max-batch-size, or drop --device-graph-capture."))
                  : Option.none());

  static final FieldTable TABLE = Fields.TABLE.with(DEVICE_GRAPH_CAPTURE).with(NEEDS_FIXED_BATCH);

  private static Map<String, RawSetting> settings(String... keyValues) {
    Map<String, RawSetting> s = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      s.put(keyValues[i], RawSetting.flag(keyValues[i], keyValues[i + 1]));
    }
    return s;
  }

  @Test
  void givenTheNewField_bind_typesItAndRecordsWhereItCameFrom() {
    ModelConfigRequest request =
        RequestBinder.bind(
                settings("model_path", "m", "max_batch_size", "8", "device_graph_capture", "yes"),
                TABLE)
            .get();

    assertThat(request.get(DEVICE_GRAPH_CAPTURE)).isTrue();
    assertThat(request.maxBatchSize()).contains(8L);
    assertThat(request.provenance().of("device_graph_capture").source()).isEqualTo(Source.USER);
    assertThat(
            RequestBinder.bind(settings("model_path", "m"), TABLE).get().get(DEVICE_GRAPH_CAPTURE))
        .as("default")
        .isFalse();
  }

  @Test
  void givenABadValueAndABrokenRule_bind_reportsBothWithTheOthers() {
    var errors =
        RequestBinder.bind(
                settings(
                    "model_path", "m",
                    "max_length", "-1",
                    "device_graph_capture", "true",
                    "data_parallel_degree", "2",
                    "device_graph_captur", "1"),
                TABLE)
            .getError();

    assertThat(errors.map(ConfigError::field))
        .containsExactly("device_graph_captur", "max_length", "device_graph_capture");
    assertThat(errors.head().hint())
        .isEqualTo("Did you mean 'device_graph_capture'? Otherwise remove 'device_graph_captur'.");
    assertThat(errors.head().message()).endsWith("max_num_loras, device_graph_capture.");
  }

  @Test
  void givenTheNewFieldForTheDraft_split_givesItToTheDraft() {
    DraftModels.Split split =
        DraftModels.split(
            settings(
                "model_path",
                "big",
                "draft_model_path",
                "small",
                "draft_device_graph_capture",
                "1"),
            TABLE);

    assertThat(split.draft()).containsOnlyKeys("model_path", "device_graph_capture");
    assertThat(DraftModels.split(settings("draft_device_graph_capture", "1")).main())
        .as("the standard table has no such field")
        .containsOnlyKeys("draft_device_graph_capture");
  }
}
