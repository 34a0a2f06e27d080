package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Driven adapter: NVIDIA GPUs from {@code nvidia-smi --query-gpu=index,uuid,name,memory.total,
 * memory.free,compute_cap --format=csv,noheader,nounits} (MiB), filtered and renumbered by {@code
 * CUDA_VISIBLE_DEVICES} (indexes or UUIDs) as CUDA does.
 */
final class NvidiaSmiDeviceCatalog implements DeviceCatalog {

  static final String[] QUERY = {
    "--query-gpu=index,uuid,name,memory.total,memory.free,compute_cap",
    "--format=csv,noheader,nounits"
  };

  private final ToolRunner tools;
  private final Option<String> visible;

  NvidiaSmiDeviceCatalog(ToolRunner tools, Option<String> visible) {
    this.tools = tools;
    this.visible = visible;
  }

  @Override
  public DeviceInventory detect() {
    Option<Either<String, String>> output = tools.run("nvidia-smi", QUERY);
    if (output.isEmpty()) {
      return new DeviceInventory(List.of(), List.of());
    }
    if (output.get().isLeft()) {
      return new DeviceInventory(List.of(), List.of("nvidia-smi: " + output.get().getLeft()));
    }
    List<String> warnings = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (String line : output.get().get().split("\\R")) {
      if (!line.isBlank()) {
        Row.parse(line)
            .peek(rows::add)
            .onEmpty(() -> warnings.add("nvidia-smi: unreadable line '" + line.trim() + "'"));
      }
    }
    List<Device> devices = new ArrayList<>();
    for (Row row : CudaVisibleDevices.select(rows, visible)) {
      devices.add(row.toDevice(devices.size()));
    }
    return new DeviceInventory(devices, warnings);
  }

  /** One nvidia-smi line. */
  record Row(int index, String uuid, String name, long totalMib, long freeMib, String capability) {

    static Option<Row> parse(String line) {
      String[] f = line.split(",");
      if (f.length != 6) {
        return Option.none();
      }
      try {
        return Option.of(
            new Row(
                Integer.parseInt(f[0].trim()),
                f[1].trim(),
                f[2].trim(),
                Long.parseLong(f[3].trim()),
                Long.parseLong(f[4].trim()),
                f[5].trim()));
      } catch (NumberFormatException e) {
        return Option.none();
      }
    }

    Device toDevice(int id) {
      return new Device(
          DeviceSpec.gpu(id),
          name,
          Option.of(uuid),
          totalMib * 1024 * 1024,
          freeMib * 1024 * 1024,
          Option.of(capability).filter(c -> !c.isEmpty() && !c.equals("[N/A]")),
          "nvidia-smi");
    }
  }
}
