package io.github.modelconfig.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** Composition value: the environment and flags the adapters are configured with. */
public record AppSettings(
    Path workingDirectory, Path procRoot, Path cgroupRoot, HubEnvironment hub) {

  public AppSettings {
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(procRoot, "procRoot");
    Objects.requireNonNull(cgroupRoot, "cgroupRoot");
    Objects.requireNonNull(hub, "hub");
  }

  /** Settings from an environment map (the process's, or a test's). */
  public static AppSettings from(Map<String, String> env, Path workingDirectory) {
    return new AppSettings(
        workingDirectory,
        Path.of(env.getOrDefault("MODELCONFIG_PROC_ROOT", "/proc")),
        Path.of(env.getOrDefault("MODELCONFIG_CGROUP_ROOT", "/sys/fs/cgroup")),
        HubEnvironment.from(env, Path.of(System.getProperty("user.home"))));
  }

  /** Settings of this process. */
  public static AppSettings fromProcess() {
    return from(System.getenv(), Path.of("").toAbsolutePath());
  }

  /** The same settings with offline mode on when {@code offline} ({@code --offline}). */
  public AppSettings withOffline(boolean offline) {
    return new AppSettings(workingDirectory, procRoot, cgroupRoot, hub.withOffline(offline));
  }
}
