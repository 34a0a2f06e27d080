package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Driven-adapter factory: device catalogs (host discovery, or what-if targets), each knowing the
 * target names (built in, then the user's targets file).
 */
public final class DeviceCatalogs {

  /** How long a vendor tool may take before it is cut off and reported. */
  public static final Duration DEFAULT_TOOL_TIMEOUT = Duration.ofSeconds(10);

  private DeviceCatalogs() {}

  /** The host CPU with its memory, read from {@code <procRoot>/meminfo} and the cgroup limit. */
  public static DeviceCatalog host(Path procRoot, Path cgroupRoot) {
    return new DiscoveredDeviceCatalog(
        List.of(new HostCpuProbe(procRoot, cgroupRoot)), new KnownTargets(Option.none()));
  }

  /**
   * Everything on this host: NVIDIA GPUs (nvidia-smi, masked by CUDA_VISIBLE_DEVICES), AMD GPUs
   * (rocm-smi), then the host CPU. Tools are looked up in {@code searchPath} only.
   */
  public static DeviceCatalog discovered(
      List<Path> searchPath,
      Option<String> cudaVisibleDevices,
      Duration toolTimeout,
      Path procRoot,
      Path cgroupRoot,
      Option<Path> userTargets) {
    ToolRunner runner = new ToolRunner(searchPath, toolTimeout);
    return new DiscoveredDeviceCatalog(
        List.of(
            new NvidiaSmiProbe(runner, cudaVisibleDevices),
            new RocmSmiProbe(runner),
            new HostCpuProbe(procRoot, cgroupRoot)),
        new KnownTargets(userTargets));
  }

  /**
   * What-if hardware {@code NAME[:COUNT]}; its {@code detect()} fails ({@code unknown_target}) for
   * an unknown name, a bad count or an unreadable targets file.
   */
  public static DeviceCatalog target(String target, Option<Path> userTargets) {
    return new TargetDeviceCatalog(target, new KnownTargets(userTargets));
  }
}
