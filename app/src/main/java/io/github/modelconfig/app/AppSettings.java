package io.github.modelconfig.app;

import io.vavr.control.Option;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Composition value: the environment and flags the adapters are configured with: the working
 * directory, where /proc and the cgroup tree are, the Hugging Face environment, the tool search
 * path ({@code PATH}), the CUDA device mask, and the what-if {@code --target} with the user's
 * targets file ({@code MODELCONFIG_TARGETS_FILE}).
 */
public record AppSettings(
    Path workingDirectory,
    Path procRoot,
    Path cgroupRoot,
    HubEnvironment hub,
    List<Path> searchPath,
    Option<String> cudaVisibleDevices,
    Option<String> target,
    Option<Path> targetsFile) {

  public AppSettings {
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(procRoot, "procRoot");
    Objects.requireNonNull(cgroupRoot, "cgroupRoot");
    Objects.requireNonNull(hub, "hub");
    searchPath = List.copyOf(searchPath);
    Objects.requireNonNull(cudaVisibleDevices, "cudaVisibleDevices");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(targetsFile, "targetsFile");
  }

  /** Settings from an environment map (the process's, or a test's). */
  public static AppSettings from(Map<String, String> env, Path workingDirectory) {
    return new AppSettings(
        workingDirectory,
        Path.of(env.getOrDefault("MODELCONFIG_PROC_ROOT", "/proc")),
        Path.of(env.getOrDefault("MODELCONFIG_CGROUP_ROOT", "/sys/fs/cgroup")),
        HubEnvironment.from(env, Path.of(System.getProperty("user.home"))),
        Arrays.stream(env.getOrDefault("PATH", "").split(File.pathSeparator))
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .toList(),
        Option.of(env.get("CUDA_VISIBLE_DEVICES")),
        Option.none(),
        Option.of(env.get("MODELCONFIG_TARGETS_FILE")).map(Path::of));
  }

  /** Settings of this process. */
  public static AppSettings fromProcess() {
    return from(System.getenv(), Path.of("").toAbsolutePath());
  }

  /** The same settings with offline mode on when {@code offline} ({@code --offline}). */
  public AppSettings withOffline(boolean offline) {
    return new AppSettings(
        workingDirectory,
        procRoot,
        cgroupRoot,
        hub.withOffline(offline),
        searchPath,
        cudaVisibleDevices,
        target,
        targetsFile);
  }

  /** These settings planning for {@code --target NAME[:COUNT]} instead of discovered devices. */
  public AppSettings withTarget(Option<String> newTarget) {
    return new AppSettings(
        workingDirectory,
        procRoot,
        cgroupRoot,
        hub,
        searchPath,
        cudaVisibleDevices,
        newTarget,
        targetsFile);
  }
}
