package io.github.modelconfig.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test support: settings cut off from the user's Hugging Face cache, the public Hub and the host's
 * device tools: {@code HF_HOME} and {@code HF_HUB_CACHE} under a test folder, {@code HF_ENDPOINT}
 * on a closed port of 127.0.0.1 (a test that needs the Hub puts a FakeHub's there) and an empty
 * {@code PATH} (a test that needs a tool puts its stand-in's folder there).
 */
public final class IsolatedSettings {

  /** An endpoint nothing listens on: a port the system handed out once and that was then closed. */
  public static final String CLOSED_ENDPOINT = "http://127.0.0.1:" + closedPort();

  private IsolatedSettings() {}

  /** The isolated environment with its HF folders under {@code dir}. */
  public static Map<String, String> environment(Path dir) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HF_HOME", dir.resolve("hf-home").toString());
    env.put("HF_HUB_CACHE", dir.resolve("hf-home").resolve("hub").toString());
    env.put("HF_ENDPOINT", CLOSED_ENDPOINT);
    env.put("PATH", "");
    return env;
  }

  /** Settings of the isolated environment, paths resolved against {@code workingDirectory}. */
  public static AppSettings of(Path dir, Path workingDirectory) {
    return of(dir, workingDirectory, Map.of());
  }

  /** As above, with some variables replaced or added (a FakeHub's endpoint, a stand-in PATH). */
  public static AppSettings of(Path dir, Path workingDirectory, Map<String, String> overrides) {
    Map<String, String> env = environment(dir);
    env.putAll(overrides);
    return AppSettings.from(env, workingDirectory);
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
