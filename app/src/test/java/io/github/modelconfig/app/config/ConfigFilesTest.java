package io.github.modelconfig.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.request.RawSetting;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library API of config files: MAX's config_file and section_name (reference §9). */
class ConfigFilesTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  private static Map<String, Object> values(Map<String, RawSetting> settings) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    settings.forEach((k, v) -> values.put(k, v.value()));
    return values;
  }

  @Test
  void givenAYamlFileWithNestedSections_load_flattensThemUnderTheFieldNames() throws Exception {
    Path file =
        write(
            "serve.yaml",
            "model_path: org/m\ndevice_specs: gpu:0\nkv_cache:\n  kv_cache_page_size: 256\n"
                + "lora_config:\n  max_lora_rank: 8\n");

    Map<String, RawSetting> settings = ConfigFiles.load(file, Option.none()).get();

    assertThat(values(settings))
        .containsExactly(
            Map.entry("model_path", "org/m"),
            Map.entry("devices", "gpu:0"),
            Map.entry("kv_cache_page_size", 256),
            Map.entry("max_lora_rank", 8));
    assertThat(settings.get("devices").source()).isEqualTo(Source.CONFIG_FILE);
    assertThat(settings.get("devices").detail()).isEqualTo(file + ": device_specs");
  }

  @Test
  void givenAJsonFileWithASection_load_readsThatSection() throws Exception {
    Path file =
        write(
            "serve.json",
            "{\"model_config\": {\"model_path\": \"org/m\", \"max_length\": 1024,"
                + " \"draft_device_specs\": \"cpu\"}, \"other\": {}}");

    Map<String, RawSetting> settings = ConfigFiles.load(file, Option.of("model_config")).get();

    assertThat(values(settings))
        .containsExactly(
            Map.entry("model_path", "org/m"),
            Map.entry("max_length", 1024),
            Map.entry("draft_devices", "cpu"));
  }

  @Test
  void givenAnEmptyJsonFile_load_countsItAsAnEmptyMapping() throws Exception {
    assertThat(ConfigFiles.load(write("empty.json", ""), Option.none()).get()).isEmpty();
  }

  @Test
  void givenBadJson_load_namesTheFileAndTheProblem() throws Exception {
    ConfigError error =
        ConfigFiles.load(write("bad.json", "{\"max_length\": }"), Option.none())
            .getError()
            .single();

    assertThat(error.code()).isEqualTo(ErrorCode.CONFIG_FILE);
    assertThat(error.field()).isEqualTo("config_file");
    assertThat(error.message()).startsWith("Cannot read config file '" + dir.resolve("bad.json"));
    assertThat(error.hint()).contains("JSON syntax");
  }

  @Test
  void givenBothSpellingsOfAField_load_reportsTheDuplicate() throws Exception {
    Path file =
        write(
            "twice.yaml", "devices: cpu\nkv_cache:\n  cache_strategy: paged\ndevice_specs: gpu\n");

    ConfigError error = ConfigFiles.load(file, Option.none()).getError().single();

    assertThat(error.code()).isEqualTo(ErrorCode.DUPLICATE_SETTING);
    assertThat(error.field()).isEqualTo("devices");
    assertThat(error.message()).endsWith("sets devices twice, as devices and device_specs.");
  }

  @Test
  void givenAFileNamedAsGiven_load_usesThatNameInDetailsAndErrors() throws Exception {
    write("c.yaml", "max_length: 10\n");

    Map<String, RawSetting> settings =
        ConfigFiles.of(io.github.modelconfig.domain.request.Fields.TABLE)
            .load(dir.resolve("c.yaml"), "c.yaml", Option.none())
            .get();

    assertThat(settings.get("max_length").detail()).isEqualTo("c.yaml: max_length");
    assertThat(List.copyOf(settings.keySet())).containsExactly("max_length");
  }
}
