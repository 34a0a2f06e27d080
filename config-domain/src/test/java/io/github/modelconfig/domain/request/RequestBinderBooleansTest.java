package io.github.modelconfig.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Booleans bind with MAX's (pydantic's) spellings, from flags and config files alike. */
class RequestBinderBooleansTest {

  private static Map<String, RawSetting> settings(Object trustRemoteCode) {
    Map<String, RawSetting> settings = new LinkedHashMap<>();
    settings.put("model_path", RawSetting.flag("model_path", "m"));
    settings.put("trust_remote_code", RawSetting.flag("trust_remote_code", trustRemoteCode));
    return settings;
  }

  static Stream<Arguments> spellings() {
    return Stream.of(
        Arguments.of("yes", true),
        Arguments.of("No", false),
        Arguments.of("ON", true),
        Arguments.of("off", false),
        Arguments.of("t", true),
        Arguments.of("n", false),
        Arguments.of("1", true),
        Arguments.of(0, false),
        Arguments.of(1L, true),
        Arguments.of(Boolean.TRUE, true));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("spellings")
  void givenAMaxBooleanSpelling_bind_readsIt(Object given, boolean expected) {
    assertThat(RequestBinder.bind(settings(given)).get().trustRemoteCode()).isEqualTo(expected);
  }

  @Test
  void givenANonBoolean_bind_rejectsIt() {
    ConfigError error = RequestBinder.bind(settings(2)).getError().single();

    assertThat(error.code()).isEqualTo(ErrorCode.INVALID_TYPE);
    assertThat(error.message()).isEqualTo("trust_remote_code is '2'; it must be true or false.");
  }
}
