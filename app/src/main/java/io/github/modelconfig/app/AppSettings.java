package io.github.modelconfig.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/** Composition value: the environment and flags the adapters are configured with. */
public record AppSettings(Path workingDirectory, Path procRoot, Path cgroupRoot) {

  public AppSettings {
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(procRoot, "procRoot");
    Objects.requireNonNull(cgroupRoot, "cgroupRoot");
  }

  /** Settings from an environment map (the process's, or a test's). */
  public static AppSettings from(Map<String, String> env, Path workingDirectory) {
    return new AppSettings(
        workingDirectory,
        Path.of(env.getOrDefault("MODELCONFIG_PROC_ROOT", "/proc")),
        Path.of(env.getOrDefault("MODELCONFIG_CGROUP_ROOT", "/sys/fs/cgroup")));
  }

  /** Settings of this process. */
  public static AppSettings fromProcess() {
    return from(System.getenv(), Path.of("").toAbsolutePath());
  }
}
