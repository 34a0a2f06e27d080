package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Driven-adapter factory: device catalogs (discovery on this host, or targets for what-if plans).
 */
public final class DeviceCatalogs {

  private DeviceCatalogs() {}

  /** NVIDIA GPUs (nvidia-smi) followed by the host CPU. */
  public static DeviceCatalog discovery(DiscoverySettings settings) {
    ToolRunner tools = new ToolRunner(settings.searchPath(), settings.toolTimeout());
    return new CompositeDeviceCatalog(
        List.of(
            new NvidiaSmiDeviceCatalog(tools, settings.cudaVisibleDevices()),
            host(settings.procRoot(), settings.cgroupRoot())));
  }

  /** The host CPU with its memory, read from {@code <procRoot>/meminfo} and the cgroup limit. */
  public static DeviceCatalog host(Path procRoot, Path cgroupRoot) {
    return new HostCpuDeviceCatalog(procRoot, cgroupRoot);
  }

  /**
   * GPUs for what-if planning from {@code NAME[:COUNT],…} (built-in names plus those of an optional
   * targets file), with the host CPU; left with a message naming the known targets.
   */
  public static Either<String, DeviceCatalog> targets(
      String spec, Option<Path> targetsFile, DeviceCatalog host) {
    Either<String, Map<String, KnownTarget>> custom =
        targetsFile.map(TargetsFile::read).getOrElse(Either.right(Map.of()));
    return custom.flatMap(c -> TargetCatalog.parse(spec, c, host));
  }

  /** The built-in target names. */
  public static List<String> knownTargets() {
    return List.copyOf(TargetCatalog.BUILT_IN.keySet());
  }
}
