package io.github.modelconfig.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldTableTest {

  @Test
  void givenFieldsOfEachSection_errorName_prefixesTheNestedOnes() {
    assertThat(Fields.MAX_LENGTH.errorName()).isEqualTo("max_length");
    assertThat(Fields.KV_CACHE_PAGE_SIZE.errorName()).isEqualTo("kv_cache.kv_cache_page_size");
    assertThat(Fields.MAX_LORA_RANK.errorName()).isEqualTo("lora.max_lora_rank");
  }

  @Test
  void givenMaxsFieldNameForTheDevices_theTable_acceptsBothSpellings() {
    assertThat(Fields.TABLE.find("device_specs")).contains(Fields.DEVICES);
    assertThat(Fields.DEVICES.cliNames()).containsExactly("--devices", "--device-specs");
    assertThat(Fields.MODEL_PATH.cliNames()).containsExactly("--model-path", "--model");
    assertThat(Fields.TABLE.canonicalKey("device_specs")).isEqualTo("devices");
    assertThat(Fields.TABLE.canonicalKey("draft_device_specs")).isEqualTo("draft_devices");
    assertThat(Fields.TABLE.canonicalKey("device_graph_capture")).isEqualTo("device_graph_capture");
  }

  @Test
  void givenTheTable_draftUse_isOwnForModelFieldsInheritedForKvAndNoneForLora() {
    assertThat(Fields.MAX_LENGTH.draftUse()).isEqualTo(DraftUse.OWN);
    assertThat(Fields.CACHE_STRATEGY.draftUse()).isEqualTo(DraftUse.INHERITED);
    assertThat(Fields.LORA_PATHS.draftUse()).isEqualTo(DraftUse.NONE);
    assertThat(
            Fields.TABLE.fields().stream()
                .filter(f -> f.cli().exists(c -> c.draftHelp().isDefined()))
                .map(Field::name))
        .containsExactly(
            "model_path",
            "weight_path",
            "quantization_encoding",
            "huggingface_model_revision",
            "huggingface_weight_revision");
  }

  @Test
  void givenTheTable_fileSections_areTheNestedSectionNames() {
    assertThat(Fields.TABLE.fileSections())
        .containsExactly("kv_cache", "kv_cache_config", "lora", "lora_config");
  }

  @Test
  void givenTwoFieldsSetByOneKey_of_rejectsTheTable() {
    Field<Boolean> clash = Field.of("devices_too", Rules.bool(), false).alias("device_specs");

    assertThatThrownBy(() -> Fields.TABLE.with(clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two fields are set by 'device_specs'");
  }

  @Test
  void givenATopLevelEchoWithoutItsPlace_of_rejectsTheTable() {
    Field<Boolean> loose = Field.of("loose", Rules.bool(), false).json();

    assertThatThrownBy(() -> FieldTable.of(List.of(loose), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("loose needs the key it is echoed after");
  }

  @Test
  void givenANameThatIsNotSnakeCase_of_rejectsTheField() {
    assertThatThrownBy(() -> Field.of("maxLength", Rules.bool(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a setting is named in snake_case: 'maxLength'");
  }
}
