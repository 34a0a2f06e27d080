package io.github.modelconfig.adapter.devices;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Driven adapter: what-if hardware {@code NAME[:COUNT]} of the known targets, in place of
 * discovery: the targeted GPUs are the only devices. An unknown name or a bad count is the failure
 * {@code unknown_target}, answered by {@link #detect()}.
 */
final class TargetDeviceCatalog implements DeviceCatalog {

  static final int MAX_COUNT = 1024;

  private final String target;
  private final KnownTargets known;

  TargetDeviceCatalog(String target, KnownTargets known) {
    this.target = target;
    this.known = known;
  }

  @Override
  public Either<ConfigError, DeviceInventory> detect() {
    return known.models().flatMap(this::devices).map(d -> new DeviceInventory(d, List.of()));
  }

  @Override
  public Either<ConfigError, List<String>> targets() {
    return known.names();
  }

  private Either<ConfigError, List<Device>> devices(Map<String, TargetModel> models) {
    String text = target.strip().toLowerCase(Locale.ROOT);
    int colon = text.lastIndexOf(':');
    String name = colon < 0 ? text : text.substring(0, colon);
    int count;
    try {
      count = colon < 0 ? 1 : Integer.parseInt(text.substring(colon + 1).strip());
    } catch (NumberFormatException e) {
      return Either.left(KnownTargets.error("target count in '" + target + "' is not a number"));
    }
    if (count < 1 || count > MAX_COUNT) {
      return Either.left(
          KnownTargets.error("target count must be 1.." + MAX_COUNT + ", was " + count));
    }
    TargetModel model = models.get(name.strip());
    if (model == null) {
      return Either.left(
          KnownTargets.error(
              "unknown target '"
                  + name
                  + "'; known targets: "
                  + String.join(", ", models.keySet())));
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
              "target:" + model.key(),
              model.runtimeVisibleBytes()));
    }
    return Either.right(devices);
  }
}
