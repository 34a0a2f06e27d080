package io.github.modelconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HubEnvironmentTest {

  static final Path HOME = Path.of("/home/u");

  static Stream<Arguments> cacheFolders() {
    return Stream.of(
        Arguments.of("defaults", Map.of(), "/home/u/.cache/huggingface/hub"),
        Arguments.of("XDG_CACHE_HOME", Map.of("XDG_CACHE_HOME", "/x"), "/x/huggingface/hub"),
        Arguments.of(
            "HF_HOME beats XDG",
            Map.of("XDG_CACHE_HOME", "/x", "HF_HOME", "~/hf"),
            "/home/u/hf/hub"),
        Arguments.of(
            "legacy HUGGINGFACE_HUB_CACHE beats HF_HOME",
            Map.of("HF_HOME", "/hf", "HUGGINGFACE_HUB_CACHE", "/legacy"),
            "/legacy"),
        Arguments.of(
            "HF_HUB_CACHE beats all",
            Map.of("HF_HOME", "/hf", "HUGGINGFACE_HUB_CACHE", "/legacy", "HF_HUB_CACHE", "/c"),
            "/c"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cacheFolders")
  void givenEnvironment_from_picksTheCacheFolderAsHuggingfaceHubDoes(
      String name, Map<String, String> env, String expected) {
    assertThat(HubEnvironment.from(env, HOME).hubCache()).isEqualTo(Path.of(expected));
  }

  @Test
  void givenTokenEverywhere_from_prefersHfTokenThenLegacyThenFile(@TempDir Path home)
      throws IOException {
    Files.writeString(home.resolve("token"), "hf_file\n");
    Map<String, String> base = Map.of("HF_HOME", home.toString());

    assertThat(HubEnvironment.from(base, HOME).token()).contains("hf_file");
    assertThat(
            HubEnvironment.from(
                    Map.of("HF_HOME", home.toString(), "HUGGING_FACE_HUB_TOKEN", "hf_legacy"), HOME)
                .token())
        .contains("hf_legacy");
    assertThat(
            HubEnvironment.from(
                    Map.of(
                        "HF_HOME", home.toString(),
                        "HUGGING_FACE_HUB_TOKEN", "hf_legacy",
                        "HF_TOKEN", "hf_main"),
                    HOME)
                .token())
        .contains("hf_main");
    assertThat(
            HubEnvironment.from(
                    Map.of("HF_HOME", home.toString(), "HF_HUB_DISABLE_IMPLICIT_TOKEN", "1"), HOME)
                .token())
        .isEmpty();
  }

  @Test
  void givenOfflineFlags_from_acceptsTheTruthyWords() {
    assertThat(HubEnvironment.from(Map.of("HF_HUB_OFFLINE", "yes"), HOME).offline()).isTrue();
    assertThat(HubEnvironment.from(Map.of("TRANSFORMERS_OFFLINE", "1"), HOME).offline()).isTrue();
    assertThat(HubEnvironment.from(Map.of("HF_HUB_OFFLINE", "0"), HOME).offline()).isFalse();
  }

  @Test
  void givenEndpointWithSlash_from_stripsItAndNeverPrintsTheToken() {
    HubEnvironment env =
        HubEnvironment.from(Map.of("HF_ENDPOINT", "http://hub.local/", "HF_TOKEN", "hf_x"), HOME);

    assertThat(env.endpoint().toString()).isEqualTo("http://hub.local");
    assertThat(env.toString()).doesNotContain("hf_x");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("timeouts")
  void givenTimeoutVariables_from_readsThemAsHuggingfaceHubDoes(
      String value, long etagSeconds, long downloadSeconds) {
    Map<String, String> env = new java.util.HashMap<>();
    env.put("HF_HUB_ETAG_TIMEOUT", value);
    env.put("HF_HUB_DOWNLOAD_TIMEOUT", value.equals("5") ? "60" : value);

    HubEnvironment hub = HubEnvironment.from(env, HOME);

    assertThat(hub.etagTimeout()).hasSeconds(etagSeconds);
    assertThat(hub.downloadTimeout()).hasSeconds(downloadSeconds);
  }

  /** constants.py: {@code _as_int(os.environ.get(...)) or DEFAULT_..._TIMEOUT} (10 s). */
  static Stream<Arguments> timeouts() {
    return Stream.of(
        Arguments.of("5", 5, 60),
        Arguments.of("", 10, 10),
        Arguments.of("0", 10, 10),
        Arguments.of("ten", 10, 10),
        Arguments.of("-3", 10, 10),
        Arguments.of(" 7 ", 7, 7));
  }

  @Test
  void givenCredentialsInTheEndpoint_toString_hidesThem() {
    HubEnvironment hub =
        HubEnvironment.from(Map.of("HF_ENDPOINT", "http://user:SECRET@mirror:8080"), HOME);

    assertThat(hub.toString()).contains("http://***@mirror:8080").doesNotContain("SECRET");
  }
}
