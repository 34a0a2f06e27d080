package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Driven adapter: devices for what-if planning from {@code NAME[:COUNT][,NAME[:COUNT]]}; GPUs are
 * numbered from 0 in the order given, free memory equals total (an idle card), and the host CPU is
 * kept so CPU-only encodings can still be placed.
 */
final class TargetCatalog implements DeviceCatalog {

  static final Map<String, KnownTarget> BUILT_IN = builtIn();

  private final List<Device> gpus;
  private final DeviceCatalog host;

  private TargetCatalog(List<Device> gpus, DeviceCatalog host) {
    this.gpus = List.copyOf(gpus);
    this.host = host;
  }

  static Either<String, DeviceCatalog> parse(
      String spec, Map<String, KnownTarget> custom, DeviceCatalog host) {
    Map<String, KnownTarget> known = new LinkedHashMap<>(BUILT_IN);
    known.putAll(custom);
    List<Device> gpus = new ArrayList<>();
    for (String part : spec.split(",")) {
      String[] nameAndCount = part.trim().toLowerCase(Locale.ROOT).split(":", -1);
      KnownTarget target = known.get(nameAndCount[0]);
      if (target == null || nameAndCount.length > 2) {
        return Either.left(
            "unknown target '"
                + part.trim()
                + "'; known targets: "
                + String.join(", ", known.keySet())
                + " (add your own with --targets-file)");
      }
      int count;
      try {
        count = nameAndCount.length == 2 ? Integer.parseInt(nameAndCount[1]) : 1;
      } catch (NumberFormatException e) {
        count = -1;
      }
      if (count < 1 || count > 1024) {
        return Either.left("target count in '" + part.trim() + "' must be a number from 1 to 1024");
      }
      for (int i = 0; i < count; i++) {
        gpus.add(
            new Device(
                DeviceSpec.gpu(gpus.size()),
                target.name(),
                Option.none(),
                target.memoryBytes(),
                target.memoryBytes(),
                target.computeCapability(),
                "target:" + target.key()));
      }
    }
    return Either.right(new TargetCatalog(gpus, host));
  }

  @Override
  public DeviceInventory detect() {
    DeviceInventory hostInventory = host.detect();
    List<Device> devices = new ArrayList<>(gpus);
    devices.addAll(hostInventory.devices());
    return new DeviceInventory(devices, hostInventory.warnings());
  }

  private static Map<String, KnownTarget> builtIn() {
    Map<String, KnownTarget> t = new LinkedHashMap<>();
    put(t, "h100-80gb", "NVIDIA H100 80GB HBM3", 81_559, "9.0");
    put(t, "h200-141gb", "NVIDIA H200", 143_771, "9.0");
    put(t, "a100-40gb", "NVIDIA A100-SXM4-40GB", 40_960, "8.0");
    put(t, "a100-80gb", "NVIDIA A100-SXM4-80GB", 81_920, "8.0");
    put(t, "l4-24gb", "NVIDIA L4", 23_034, "8.9");
    put(t, "l40s-48gb", "NVIDIA L40S", 46_068, "8.9");
    put(t, "a10g-24gb", "NVIDIA A10G", 23_028, "8.6");
    put(t, "rtx4090-24gb", "NVIDIA GeForce RTX 4090", 24_564, "8.9");
    put(t, "mi300x-192gb", "AMD Instinct MI300X", 196_592, "gfx942");
    put(t, "b200-180gb", "NVIDIA B200", 183_359, "10.0");
    return t;
  }

  private static void put(
      Map<String, KnownTarget> targets, String key, String name, long mib, String capability) {
    targets.put(key, new KnownTarget(key, name, mib, Option.of(capability)));
  }
}
