package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.request.RequestBinder;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reference §10 cases 64-67: config files (§9) merged under the flags. */
class ConfigFileCasesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path file(String yaml) throws Exception {
    Path path = dir.resolve("config.yaml");
    Files.writeString(path, yaml);
    return path;
  }

  private Validation<Seq<ConfigError>, Map<String, RawSetting>> merge(
      Path file, String section, Map<String, RawSetting> flags) {
    return ConfigFileLoader.merge(
        Optional.of(file.toString()), Optional.ofNullable(section), flags, dir);
  }

  private static Map<String, RawSetting> flags(String... keyValues) {
    Map<String, RawSetting> flags = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      flags.put(keyValues[i], RawSetting.flag(keyValues[i], keyValues[i + 1]));
    }
    return flags;
  }

  private static ModelConfigRequest bind(Map<String, RawSetting> settings) {
    return RequestBinder.bind(settings).get();
  }

  @Test
  void case64_givenModelPathInFileAndFlag_merge_theFlagWins() throws Exception {
    Path yaml = file("model_path: from-file\n");

    ModelConfigRequest request = bind(merge(yaml, null, flags("model_path", "from-cli")).get());

    assertThat(request.modelPath()).isEqualTo("from-cli");
    assertThat(request.provenance().of("model_path").source()).isEqualTo(Source.USER);
  }

  @Test
  void case64_givenAFieldOnlyInTheFile_merge_theFileBeatsTheDefault() throws Exception {
    // MAX's example is device_graph_capture, a PipelineConfig field modelconfig does not model
    // (it would be an unknown key, case 67); use_subgraphs (default true) shows the same rule.
    Path yaml = file("model_path: m\nuse_subgraphs: false\nmax_length: 1024\n");

    ModelConfigRequest request = bind(merge(yaml, null, flags()).get());

    assertThat(request.useSubgraphs()).isFalse();
    assertThat(request.maxLength()).contains(1024L);
    assertThat(request.provenance().of("max_length").source()).isEqualTo(Source.CONFIG_FILE);
    assertThat(request.provenance().of("max_length").detail()).endsWith("config.yaml: max_length");
  }

  @Test
  void case65_givenAMissingSection_merge_namesTheAvailableSections() throws Exception {
    Path yaml =
        file("model_config:\n  model_path: m\nkv_cache_config:\n  kv_cache_page_size: 256\n");

    ConfigError error = merge(yaml, "missing", flags()).getError().single();

    assertThat(error.code()).isEqualTo(ErrorCode.CONFIG_FILE);
    assertThat(error.field()).isEqualTo("section_name");
    assertThat(error.message())
        .isEqualTo(
            "Section 'missing' not found in configuration file; available sections: "
                + "[model_config, kv_cache_config].");
  }

  @Test
  void case65_givenAListAtTheRoot_merge_rejectsTheFile() throws Exception {
    Path yaml = file("- model_path: m\n- max_length: 10\n");

    ConfigError error = merge(yaml, null, flags()).getError().single();

    assertThat(error.field()).isEqualTo("config_file");
    assertThat(error.message()).endsWith("config.yaml' must contain a mapping at the root.");
  }

  @ParameterizedTest(name = "case65 empty document {index}")
  @ValueSource(strings = {"", "# every setting commented out\n# max_length: 10\n", "---\n"})
  void case65_givenAnEmptyDocument_merge_countsItAsAnEmptyMapping(String yaml) throws Exception {
    Map<String, RawSetting> merged = merge(file(yaml), null, flags("model_path", "m")).get();

    assertThat(merged).containsOnlyKeys("model_path");
  }

  @Test
  void case65_givenASectionThatIsNotAMapping_merge_saysSo() throws Exception {
    Path yaml = file("model_path: m\nmodel_config:\n  max_length: 10\n");

    ConfigError error = merge(yaml, "model_path", flags()).getError().single();

    assertThat(error.field()).isEqualTo("section_name");
    assertThat(error.message())
        .isEqualTo(
            "Section 'model_path' of the configuration file is not a mapping; available "
                + "sections: [model_config].");
  }

  @Test
  void case66_givenUpperCaseStrategyInKvCacheConfigSection_bind_matchesIgnoringCase()
      throws Exception {
    Path yaml = file("model_path: m\nkv_cache_config:\n  cache_strategy: PAGED\n");

    ModelConfigRequest request = bind(merge(yaml, null, flags()).get());

    assertThat(request.kvCache().cacheStrategy()).isEqualTo(KvCacheStrategy.PAGED);
  }

  @Test
  void case66_givenUpperCaseStrategyUnderSectionName_bind_matchesIgnoringCase() throws Exception {
    Path yaml = file("kv_cache_config:\n  cache_strategy: PAGED\n  kv_cache_page_size: 256\n");

    ModelConfigRequest request =
        bind(merge(yaml, "kv_cache_config", flags("model_path", "m")).get());

    assertThat(request.kvCache().cacheStrategy()).isEqualTo(KvCacheStrategy.PAGED);
    assertThat(request.kvCache().kvCachePageSize()).isEqualTo(256);
  }

  @Test
  void case66_givenYamlYesAndOff_bind_readsThemAsBooleansLikeMax() throws Exception {
    // PyYAML reads yes/off as booleans; whether the YAML reader gives booleans or strings, the
    // binder accepts both.
    Path yaml = file("model_path: m\ntrust_remote_code: yes\nenable_prefix_caching: off\n");

    ModelConfigRequest request = bind(merge(yaml, null, flags()).get());

    assertThat(request.trustRemoteCode()).isTrue();
    assertThat(request.kvCache().enablePrefixCaching()).isFalse();
  }

  @Test
  void case67_givenAnUnknownKeyInTheFile_bind_listsTheValidSettings() throws Exception {
    Path yaml = file("model_path: x\nfoo: 1\n");

    ConfigError error = RequestBinder.bind(merge(yaml, null, flags()).get()).getError().single();

    assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_KEY);
    assertThat(error.field()).isEqualTo("foo");
    assertThat(error.message())
        .startsWith("'foo' is not a setting; valid settings: model_path, served_model_name,")
        .contains("kv_cache_format", "max_num_loras.");
  }

  @Test
  void case67_givenOnlyKvSettingsAndNoModel_bind_reportsTheMissingModel() throws Exception {
    // MAX reports "Unmatched kwargs" here (a quirk of its kwargs split); modelconfig binds the KV
    // setting and reports what is really wrong: no model.
    Path yaml = file("kv_cache_page_size: 256\n");

    Seq<ConfigError> errors = RequestBinder.bind(merge(yaml, null, flags()).get()).getError();

    assertThat(errors.map(ConfigError::code)).containsExactly(ErrorCode.MISSING_MODEL);
  }

  @Test
  void case64_givenAConfigFileOnTheCommandLine_resolve_mergesItUnderTheFlags() throws Exception {
    Path yaml = file("max_length: 1024\nkv_cache_config:\n  kv_cache_page_size: 256\n");

    CliRun run =
        CliRun.of(
            "resolve",
            "examples/tiny-llama",
            "--config-file",
            yaml.toString(),
            "--kv-cache-page-size",
            "512",
            "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("max_length").asLong()).isEqualTo(1024L);
    assertThat(root.get("kv_cache").get("kv_cache_page_size").asInt()).isEqualTo(512);
    assertThat(root.get("provenance").get("max_length").get("source").asText())
        .isEqualTo("config_file");
  }

  @Test
  void case64_givenBooleansInTheFile_resolve_keepsThemUnlessAFlagIsTyped() throws Exception {
    // MAX's example is device_graph_capture: true; trust_remote_code is the boolean we model.
    Path yaml = file("trust_remote_code: true\nenable_prefix_caching: false\n");

    CliRun fileOnly =
        CliRun.of("resolve", "examples/tiny-llama", "--config-file", yaml.toString(), "--json");
    CliRun flagged =
        CliRun.of(
            "resolve",
            "examples/tiny-llama",
            "--config-file",
            yaml.toString(),
            "--enable-prefix-caching",
            "--json");

    assertThat(fileOnly.exitCode()).as(fileOnly.err()).isZero();
    JsonNode fromFile = JSON.readTree(fileOnly.out());
    assertThat(fromFile.get("trust_remote_code").asBoolean()).isTrue();
    assertThat(fromFile.get("kv_cache").get("enable_prefix_caching").asBoolean()).isFalse();
    JsonNode withFlag = JSON.readTree(flagged.out());
    assertThat(withFlag.get("trust_remote_code").asBoolean()).isTrue();
    assertThat(withFlag.get("kv_cache").get("enable_prefix_caching").asBoolean()).isTrue();
  }

  @Test
  void case67_givenAnUnknownKeyInTheFile_resolve_exits2NamingIt() throws Exception {
    Path yaml = file("device_graph_capture: true\n");

    CliRun run =
        CliRun.of("resolve", "examples/tiny-llama", "--config-file", yaml.toString(), "--json");

    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode error = JSON.readTree(run.out()).get("errors").get(0);
    assertThat(error.get("code").asText()).isEqualTo("unknown_key");
    assertThat(error.get("field").asText()).isEqualTo("device_graph_capture");
  }
}
