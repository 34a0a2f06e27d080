package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Driven adapter: what-if hardware, {@code NAME[:COUNT]} from the built-in catalog or a user file
 * (lines {@code name, memory_mib[, compute_capability[, display name]]}, {@code #} comments). It
 * replaces discovery: the targeted GPUs are the only devices.
 */
final class TargetCatalog implements DeviceCatalog {

  static final int MAX_COUNT = 1024;

  private final List<Device> devices;

  private TargetCatalog(List<Device> devices) {
    this.devices = List.copyOf(devices);
  }

  static Either<String, DeviceCatalog> parse(String target, Option<Path> userFile) {
    Either<String, Map<String, TargetModel>> known = catalog(userFile);
    if (known.isLeft()) {
      return Either.left(known.getLeft());
    }
    String text = target.strip().toLowerCase(Locale.ROOT);
    int colon = text.lastIndexOf(':');
    String name = colon < 0 ? text : text.substring(0, colon);
    int count;
    try {
      count = colon < 0 ? 1 : Integer.parseInt(text.substring(colon + 1).strip());
    } catch (NumberFormatException e) {
      return Either.left("target count in '" + target + "' is not a number");
    }
    if (count < 1 || count > MAX_COUNT) {
      return Either.left("target count must be 1.." + MAX_COUNT + ", was " + count);
    }
    TargetModel model = known.get().get(name.strip());
    if (model == null) {
      return Either.left(
          "unknown target '"
              + name
              + "'; known targets: "
              + String.join(", ", known.get().keySet()));
    }
    List<Device> devices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      devices.add(
          new Device(
              DeviceSpec.gpu(i),
              model.name(),
              Option.none(),
              model.memoryBytes(),
              model.memoryBytes(),
              model.computeCapability(),
              "target:" + model.key()));
    }
    return Either.right(new TargetCatalog(devices));
  }

  /** The built-in models, then the user's (a user line may redefine a built-in name). */
  static Either<String, Map<String, TargetModel>> catalog(Option<Path> userFile) {
    Map<String, TargetModel> known = new LinkedHashMap<>();
    TargetModel.BUILT_IN.forEach(m -> known.put(m.key(), m));
    if (userFile.isEmpty()) {
      return Either.right(known);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(userFile.get());
    } catch (IOException e) {
      return Either.left("cannot read the targets file " + userFile.get() + ": " + e.getMessage());
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(",", 4);
      try {
        String key = f[0].strip();
        TargetModel model =
            new TargetModel(
                key,
                f.length > 3 ? f[3].strip() : key,
                Long.parseLong(f[1].strip()),
                f.length > 2 && !f[2].isBlank() ? Option.of(f[2].strip()) : Option.none());
        known.put(model.key(), model);
      } catch (RuntimeException e) {
        return Either.left(
            userFile.get()
                + " line "
                + (i + 1)
                + ": expected 'name, memory_mib[, compute_capability[, display name]]', got '"
                + line
                + "'");
      }
    }
    return Either.right(known);
  }

  @Override
  public DeviceInventory detect() {
    return new DeviceInventory(devices, List.of());
  }
}
