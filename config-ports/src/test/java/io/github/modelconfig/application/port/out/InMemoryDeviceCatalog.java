package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test double: a device catalog in memory, either a host's devices or a what-if target {@code
 * NAME[:COUNT]} of two known models ({@code test-gpu-24gb}, {@code test-gpu-80gb}).
 */
public final class InMemoryDeviceCatalog implements DeviceCatalog {

  /** GPUs per target, at most. */
  public static final int MAX_COUNT = 64;

  private static final Map<String, Long> KNOWN = known();

  private final Either<ConfigError, DeviceInventory> answer;

  private InMemoryDeviceCatalog(Either<ConfigError, DeviceInventory> answer) {
    this.answer = answer;
  }

  /** A host with these devices and warnings. */
  public static InMemoryDeviceCatalog host(List<Device> devices, List<Warning> warnings) {
    return new InMemoryDeviceCatalog(Either.right(new DeviceInventory(devices, warnings)));
  }

  /** A host with these devices and no warning. */
  public static InMemoryDeviceCatalog of(Device... devices) {
    return host(List.of(devices), List.of());
  }

  /** A catalog that cannot answer, e.g. for an unknown target. */
  public static InMemoryDeviceCatalog failing(ConfigError error) {
    return new InMemoryDeviceCatalog(Either.left(error));
  }

  /** What-if hardware {@code NAME[:COUNT]} of the known models. */
  public static InMemoryDeviceCatalog target(String target) {
    int colon = target.lastIndexOf(':');
    String name = colon < 0 ? target : target.substring(0, colon);
    Option<Integer> count =
        colon < 0 ? Option.of(1) : Option.of(target.substring(colon + 1)).flatMap(Count::parse);
    if (KNOWN.containsKey(name) && count.isEmpty()) {
      return failing(
          new ConfigError(
              ErrorCode.INVALID_TARGET_COUNT,
              "target",
              "The GPU count of --target '" + target + "' must be 1.." + MAX_COUNT + ".",
              "Use --target " + name + ":1."));
    }
    if (!KNOWN.containsKey(name)) {
      return failing(
          new ConfigError(
              ErrorCode.UNKNOWN_TARGET,
              "target",
              "unknown target '"
                  + target
                  + "'; known targets: "
                  + String.join(", ", KNOWN.keySet()),
              "Use --target NAME[:COUNT] with a known name and a count of 1.." + MAX_COUNT + "."));
    }
    List<Device> gpus = new ArrayList<>();
    for (int i = 0; i < count.get(); i++) {
      long bytes = KNOWN.get(name);
      gpus.add(
          new Device(
              DeviceSpec.gpu(i),
              name,
              Option.none(),
              bytes,
              bytes,
              Option.none(),
              "target:" + name));
    }
    return host(gpus, List.of());
  }

  /** A GPU as a vendor tool reports it. */
  public static Device gpu(int id, String name, long totalBytes, long freeBytes) {
    return new Device(
        DeviceSpec.gpu(id),
        name,
        Option.none(),
        totalBytes,
        freeBytes,
        Option.of("9.0"),
        "in-memory");
  }

  /** The host CPU. */
  public static Device cpu(long totalBytes, long freeBytes) {
    return new Device(
        DeviceSpec.cpu(),
        "host cpu",
        Option.none(),
        totalBytes,
        freeBytes,
        Option.none(),
        "memory");
  }

  @Override
  public Either<ConfigError, DeviceInventory> detect() {
    return answer;
  }

  @Override
  public Either<ConfigError, List<String>> targets() {
    return Either.right(List.copyOf(KNOWN.keySet()));
  }

  private static Map<String, Long> known() {
    Map<String, Long> known = new LinkedHashMap<>();
    known.put("test-gpu-24gb", 24L << 30);
    known.put("test-gpu-80gb", 80L << 30);
    return known;
  }

  private static final class Count {
    static Option<Integer> parse(String text) {
      try {
        int n = Integer.parseInt(text);
        return n >= 1 && n <= MAX_COUNT ? Option.of(n) : Option.none();
      } catch (NumberFormatException e) {
        return Option.none();
      }
    }
  }
}
