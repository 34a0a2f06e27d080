package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Adapter part (probe): AMD GPUs from {@code rocm-smi --showproductname --showmeminfo vram
 * --showuniqueid --json} (one {@code cardN} object each; VRAM totals and used bytes as text).
 */
final class RocmSmiProbe implements Probe {

  static final List<String> QUERY =
      List.of("--showproductname", "--showmeminfo", "vram", "--showuniqueid", "--json");

  private final ToolRunner runner;

  RocmSmiProbe(ToolRunner runner) {
    this.runner = runner;
  }

  @Override
  public DeviceInventory detect() {
    Option<Either<String, String>> output = runner.run("rocm-smi", QUERY);
    if (output.isEmpty()) {
      return new DeviceInventory(List.of(), List.of());
    }
    Either<String, Map<String, Map<String, String>>> json =
        output.get().flatMap(FlatJson::parse).mapLeft(m -> "rocm-smi: " + m);
    if (json.isLeft()) {
      return new DeviceInventory(List.of(), Probe.warnings(List.of(json.getLeft())));
    }
    List<Device> devices = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> card : json.get().entrySet()) {
      if (!card.getKey().startsWith("card")) {
        continue;
      }
      Map<String, String> v = card.getValue();
      Option<Long> total = number(v, "vram total memory (b)");
      Option<Long> used = number(v, "vram total used memory (b)");
      if (total.isEmpty()) {
        warnings.add("rocm-smi: " + card.getKey() + " has no VRAM total; skipped.");
        continue;
      }
      devices.add(
          new Device(
              DeviceSpec.gpu(devices.size()),
              value(v, "card series").orElse(value(v, "card sku")).getOrElse(card.getKey()),
              value(v, "unique id"),
              total.get(),
              Math.max(0, total.get() - used.getOrElse(0L)),
              value(v, "gfx version"),
              "rocm-smi"));
    }
    return new DeviceInventory(devices, Probe.warnings(warnings));
  }

  private static Option<String> value(Map<String, String> values, String key) {
    return Option.ofOptional(
        values.entrySet().stream()
            .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(key))
            .map(Map.Entry::getValue)
            .filter(s -> !s.isBlank() && !s.equals("N/A"))
            .findFirst());
  }

  private static Option<Long> number(Map<String, String> values, String key) {
    return value(values, key)
        .flatMap(
            s -> {
              try {
                return Option.of(Long.parseLong(s.strip()));
              } catch (NumberFormatException e) {
                return Option.none();
              }
            });
  }
}
