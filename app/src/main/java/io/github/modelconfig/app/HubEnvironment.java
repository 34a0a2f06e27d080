package io.github.modelconfig.app;

import io.vavr.control.Option;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Composition value: the Hugging Face environment as {@code huggingface_hub} reads it: endpoint,
 * cache folders, token (env first, then the token file), offline mode and the per-read timeouts
 * ({@code HF_HUB_ETAG_TIMEOUT}, {@code HF_HUB_DOWNLOAD_TIMEOUT}). Neither the token nor credentials
 * in the endpoint appear in {@link #toString()}.
 */
public record HubEnvironment(
    URI endpoint,
    Path hfHome,
    Path hubCache,
    Option<String> token,
    boolean offline,
    Duration etagTimeout,
    Duration downloadTimeout) {

  private static final Set<String> TRUE = Set.of("1", "ON", "YES", "TRUE");

  /**
   * {@code DEFAULT_ETAG_TIMEOUT = 10} and {@code DEFAULT_DOWNLOAD_TIMEOUT = 10} seconds of {@code
   * huggingface_hub/constants.py}, which reads the variables as {@code _as_int(value) or DEFAULT}
   * (unset, empty, not an integer or 0: the default).
   */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public HubEnvironment {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(hfHome, "hfHome");
    Objects.requireNonNull(hubCache, "hubCache");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(etagTimeout, "etagTimeout");
    Objects.requireNonNull(downloadTimeout, "downloadTimeout");
  }

  public static HubEnvironment from(Map<String, String> env, Path userHome) {
    String endpoint = env.getOrDefault("HF_ENDPOINT", "https://huggingface.co").strip();
    while (endpoint.endsWith("/")) {
      endpoint = endpoint.substring(0, endpoint.length() - 1);
    }
    Path xdg = path(env.get("XDG_CACHE_HOME"), userHome).getOrElse(userHome.resolve(".cache"));
    Path home = path(env.get("HF_HOME"), userHome).getOrElse(xdg.resolve("huggingface"));
    Path cache =
        path(env.get("HF_HUB_CACHE"), userHome)
            .orElse(path(env.get("HUGGINGFACE_HUB_CACHE"), userHome))
            .getOrElse(home.resolve("hub"));
    Path tokenFile = path(env.get("HF_TOKEN_PATH"), userHome).getOrElse(home.resolve("token"));
    Option<String> token =
        truthy(env.get("HF_HUB_DISABLE_IMPLICIT_TOKEN"))
            ? Option.none()
            : nonBlank(env.get("HF_TOKEN"))
                .orElse(nonBlank(env.get("HUGGING_FACE_HUB_TOKEN")))
                .orElse(() -> tokenFile(tokenFile));
    boolean offline = truthy(env.get("HF_HUB_OFFLINE")) || truthy(env.get("TRANSFORMERS_OFFLINE"));
    return new HubEnvironment(
        URI.create(endpoint),
        home,
        cache,
        token,
        offline,
        seconds(env.get("HF_HUB_ETAG_TIMEOUT")),
        seconds(env.get("HF_HUB_DOWNLOAD_TIMEOUT")));
  }

  public HubEnvironment withOffline(boolean value) {
    return new HubEnvironment(
        endpoint, hfHome, hubCache, token, offline || value, etagTimeout, downloadTimeout);
  }

  /** Whole seconds as {@code huggingface_hub} reads them; negative values are refused too. */
  static Duration seconds(String value) {
    String v = value == null ? "" : value.strip();
    if (!v.matches("\\d{1,6}") || Integer.parseInt(v) == 0) {
      return DEFAULT_TIMEOUT;
    }
    return Duration.ofSeconds(Integer.parseInt(v));
  }

  static boolean truthy(String value) {
    return value != null && TRUE.contains(value.strip().toUpperCase(Locale.ROOT));
  }

  private static Option<String> tokenFile(Path file) {
    try {
      return Files.isRegularFile(file)
          ? nonBlank(
              Files.readString(file, StandardCharsets.UTF_8).replace("\r", "").replace("\n", ""))
          : Option.none();
    } catch (IOException e) {
      return Option.none();
    }
  }

  private static Option<String> nonBlank(String value) {
    return Option.of(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static Option<Path> path(String value, Path userHome) {
    return nonBlank(value)
        .map(v -> v.equals("~") || v.startsWith("~/") ? userHome + v.substring(1) : v)
        .map(Path::of);
  }

  @Override
  public String toString() {
    return "HubEnvironment[endpoint="
        + (endpoint.getRawUserInfo() == null
            ? endpoint
            : endpoint.toString().replace(endpoint.getRawUserInfo() + "@", "***@"))
        + ", hubCache="
        + hubCache
        + ", token="
        + (token.isDefined() ? "<set>" : "<none>")
        + ", offline="
        + offline
        + "]";
  }
}
