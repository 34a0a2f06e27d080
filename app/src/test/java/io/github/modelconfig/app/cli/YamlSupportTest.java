package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.request.RawSetting;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YamlSupportTest {

  private static final Map<String, RawSetting> OVERRIDES =
      Map.of("vision_config_overrides", RawSetting.flag("vision_config_overrides", "{}"));

  @Test
  void givenTheCliClassPath_present_findsTheYamlReader() {
    assertThat(YamlSupport.present()).isTrue();
  }

  @Test
  void givenNoYamlReaderAndAConfigFile_missingFor_namesTheFileAndTheLibrary() {
    ConfigError error = YamlSupport.missingFor(Optional.of("serve.yaml"), Map.of(), false).get();

    assertThat(error.code()).isEqualTo(ErrorCode.CONFIG_FILE);
    assertThat(error.field()).isEqualTo("config_file");
    assertThat(error.message())
        .isEqualTo(
            "Cannot read config file 'serve.yaml': jackson-dataformat-yaml is not on the"
                + " classpath.");
  }

  @Test
  void givenNoYamlReaderAndOverridesText_missingFor_namesTheField() {
    assertThat(YamlSupport.missingFor(Optional.empty(), OVERRIDES, false).get().field())
        .isEqualTo("vision_config_overrides");
  }

  @Test
  void givenTheYamlReaderOrNothingToRead_missingFor_isNone() {
    assertThat(YamlSupport.missingFor(Optional.of("serve.yaml"), OVERRIDES, true)).isEmpty();
    assertThat(YamlSupport.missingFor(Optional.empty(), Map.of(), false)).isEmpty();
  }
}
