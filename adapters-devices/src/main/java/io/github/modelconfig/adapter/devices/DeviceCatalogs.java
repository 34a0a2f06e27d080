package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Driven-adapter factory: device catalogs (host discovery, or what-if targets). */
public final class DeviceCatalogs {

  /** How long a vendor tool may take before it is cut off and reported. */
  public static final Duration DEFAULT_TOOL_TIMEOUT = Duration.ofSeconds(10);

  private DeviceCatalogs() {}

  /** The host CPU with its memory, read from {@code <procRoot>/meminfo} and the cgroup limit. */
  public static DeviceCatalog host(Path procRoot, Path cgroupRoot) {
    return new HostCpuDeviceCatalog(procRoot, cgroupRoot);
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
      Path cgroupRoot) {
    ToolRunner runner = new ToolRunner(searchPath, toolTimeout);
    return new CompositeDeviceCatalog(
        List.of(
            new NvidiaSmiDeviceCatalog(runner, cudaVisibleDevices),
            new RocmSmiDeviceCatalog(runner),
            host(procRoot, cgroupRoot)));
  }

  /** What-if hardware {@code NAME[:COUNT]}; Left explains an unknown name or a bad file. */
  public static Either<String, DeviceCatalog> target(String target, Option<Path> userTargets) {
    return TargetCatalog.parse(target, userTargets);
  }

  /** The names of the known targets (built-in and from the user file). */
  public static Either<String, List<String>> targetNames(Option<Path> userTargets) {
    return TargetCatalog.catalog(userTargets).map(m -> List.copyOf(m.keySet()));
  }
}
