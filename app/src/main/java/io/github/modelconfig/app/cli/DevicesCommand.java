package io.github.modelconfig.app.cli;

import io.github.modelconfig.adapter.devices.DeviceCatalogs;
import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.Injectors;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.memory.Bytes;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** CLI: {@code devices}, what was discovered on this host, or what a {@code --target} plans for. */
@Command(
    name = "devices",
    mixinStandardHelpOptions = true,
    description = "List discovered devices (nvidia-smi, rocm-smi, host CPU) or a --target.")
public final class DevicesCommand implements Callable<Integer> {

  private final AppSettings settings;
  private final Terminal terminal;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Option(
      names = "--target",
      paramLabel = "NAME[:COUNT]",
      description = "List the GPUs of a what-if target, e.g. h100-80gb:8.")
  String target;

  @picocli.CommandLine.Option(names = "--list-targets", description = "List known target names.")
  boolean listTargets;

  @picocli.CommandLine.Option(names = "--json", description = "Print one JSON object on stdout.")
  boolean json;

  DevicesCommand(AppSettings settings, Terminal terminal) {
    this.settings = settings;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Output output = new Output(out, spec.commandLine().getErr(), json, terminal);
    AppSettings planned = settings.withTarget(Option.of(target));
    Option<ConfigError> error = Targets.check(planned);
    if (error.isDefined()) {
      return output.failure(new ResolveFailure.Invalid(io.vavr.collection.List.of(error.get())));
    }
    if (listTargets) {
      var names = DeviceCatalogs.targetNames(planned.targetsFile()).getOrElse(java.util.List.of());
      out.println(json ? Json.write(Map.of("targets", names)) : String.join("\n", names));
      out.flush();
      return ExitCode.OK.code();
    }
    DeviceInventory inventory =
        Injectors.production(planned).getInstance(DeviceCatalog.class).detect();
    if (json) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("devices", inventory.devices().stream().map(MemoryJson::device).toList());
      j.put("warnings", inventory.warnings());
      out.println(Json.write(j));
    } else {
      for (Device d : inventory.devices()) {
        out.println(
            String.format(
                "%-7s %-28s %11s total %11s free  %-7s %s",
                d.spec(),
                d.name(),
                Bytes.human(d.totalMemory()),
                Bytes.human(d.freeMemory()),
                d.computeCapability().getOrElse("-"),
                d.source()));
      }
      inventory.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
      spec.commandLine().getErr().flush();
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
