package io.github.modelconfig.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Composition value: the environment and flags the adapters are configured with: working directory,
 * /proc and cgroup roots, the Hugging Face environment, the PATH searched for vendor tools,
 * CUDA_VISIBLE_DEVICES, and the what-if targets ({@code --target}, {@code --targets-file}).
 */
public record AppSettings(
    Path workingDirectory,
    Path procRoot,
    Path cgroupRoot,
    HubEnvironment hub,
    List<Path> searchPath,
    Optional<String> cudaVisibleDevices,
    Optional<String> target,
    Optional<Path> targetsFile) {

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
            .filter(p -> !p.isBlank())
            .map(Path::of)
            .toList(),
        Optional.ofNullable(env.get("CUDA_VISIBLE_DEVICES")),
        Optional.empty(),
        Optional.empty());
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

  /** A copy planning for {@code target} GPUs (NAME[:COUNT],…) instead of discovering devices. */
  public AppSettings withTarget(Optional<String> targets, Optional<String> file) {
    return new AppSettings(
        workingDirectory,
        procRoot,
        cgroupRoot,
        hub,
        searchPath,
        cudaVisibleDevices,
        targets,
        file.map(workingDirectory::resolve));
  }
}
