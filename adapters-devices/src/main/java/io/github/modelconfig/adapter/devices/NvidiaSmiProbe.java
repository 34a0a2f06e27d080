package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Adapter part (probe): NVIDIA GPUs from {@code nvidia-smi --query-gpu=...}, renumbered and
 * filtered by {@code CUDA_VISIBLE_DEVICES} (indices or UUIDs, as CUDA does).
 */
final class NvidiaSmiProbe implements Probe {

  static final List<String> QUERY =
      List.of(
          "--query-gpu=index,uuid,name,memory.total,memory.free,compute_cap",
          "--format=csv,noheader,nounits");
  private static final long MIB = 1024L * 1024;

  private final ToolRunner runner;
  private final Option<String> cudaVisibleDevices;

  NvidiaSmiProbe(ToolRunner runner, Option<String> cudaVisibleDevices) {
    this.runner = runner;
    this.cudaVisibleDevices = cudaVisibleDevices;
  }

  @Override
  public DeviceInventory detect() {
    Option<Either<String, String>> output = runner.run("nvidia-smi", QUERY);
    if (output.isEmpty()) {
      return new DeviceInventory(List.of(), List.of());
    }
    if (output.get().isLeft()) {
      return new DeviceInventory(List.of(), Probe.warnings(List.of(output.get().getLeft())));
    }
    List<String> warnings = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (String line : output.get().get().split("\n")) {
      if (!line.isBlank()) {
        Row.parse(line).fold(w -> warnings.add(w), rows::add);
      }
    }
    List<Row> visible = CudaVisibleDevices.select(rows, cudaVisibleDevices, warnings);
    List<Device> devices = new ArrayList<>();
    for (int i = 0; i < visible.size(); i++) {
      Row r = visible.get(i);
      devices.add(
          new Device(
              DeviceSpec.gpu(i),
              r.name(),
              Option.of(r.uuid()),
              r.totalMib() * MIB,
              r.freeMib() * MIB,
              r.computeCapability(),
              "nvidia-smi"));
    }
    return new DeviceInventory(devices, Probe.warnings(warnings));
  }

  /** One CSV line of the query. */
  record Row(
      int index,
      String uuid,
      String name,
      long totalMib,
      long freeMib,
      Option<String> computeCapability) {

    static Either<String, Row> parse(String line) {
      String[] f = line.split(",");
      if (f.length < 6) {
        return Either.left("nvidia-smi printed an unexpected line: " + line.strip());
      }
      try {
        String cap = f[5].strip();
        return Either.right(
            new Row(
                Integer.parseInt(f[0].strip()),
                f[1].strip(),
                f[2].strip(),
                Long.parseLong(f[3].strip()),
                number(f[4].strip()),
                cap.isEmpty() || cap.startsWith("[") ? Option.none() : Option.of(cap)));
      } catch (NumberFormatException e) {
        return Either.left("nvidia-smi printed an unexpected line: " + line.strip());
      }
    }

    private static long number(String text) {
      return text.startsWith("[") ? 0 : Long.parseLong(text);
    }
  }
}
