package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.cli.picocli.CommandLine.Command;
import io.github.modelconfig.app.cli.picocli.CommandLine.Spec;
import io.github.modelconfig.application.port.in.ListDevicesUseCase;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.memory.Bytes;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** CLI: {@code devices}, what was discovered on this host, or what a {@code --target} plans for. */
@Command(
    name = "devices",
    mixinStandardHelpOptions = true,
    description = "List discovered devices (nvidia-smi, rocm-smi, host CPU) or a --target.")
public final class DevicesCommand implements Callable<Integer>, DecidesSettings {

  private final Supplier<ListDevicesUseCase> devices;
  private final Terminal terminal;

  @Spec io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec spec;

  @io.github.modelconfig.app.cli.picocli.CommandLine.Option(
      names = "--target",
      paramLabel = "NAME[:COUNT]",
      description = "List the GPUs of a what-if target, e.g. h100-80gb:8.")
  String target;

  @io.github.modelconfig.app.cli.picocli.CommandLine.Option(
      names = "--list-targets",
      description = "List known target names.")
  boolean listTargets;

  @io.github.modelconfig.app.cli.picocli.CommandLine.Option(
      names = "--json",
      description = "Print one JSON object on stdout.")
  boolean json;

  DevicesCommand(Supplier<ListDevicesUseCase> devices, Terminal terminal) {
    this.devices = devices;
    this.terminal = terminal;
  }

  @Override
  public AppSettings decide(AppSettings settings) {
    return settings.withTarget(Option.of(target));
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Output output = new Output(out, spec.commandLine().getErr(), json, terminal);
    if (listTargets) {
      return devices.get().targets().fold(output::failure, names -> targets(out, names));
    }
    return devices.get().devices().fold(output::failure, inventory -> devices(out, inventory));
  }

  private int targets(PrintWriter out, List<String> names) {
    out.println(
        json
            ? Json.write(OutputSchema.DEVICES.stamp(Map.of("targets", names)))
            : String.join("\n", names));
    out.flush();
    return ExitCode.OK.code();
  }

  private int devices(PrintWriter out, DeviceInventory inventory) {
    List<String> warnings = inventory.warnings().stream().map(Warning::message).toList();
    if (json) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("devices", inventory.devices().stream().map(MemoryJson::device).toList());
      j.put("warnings", warnings);
      out.println(Json.write(OutputSchema.DEVICES.stamp(j)));
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
      PrintWriter err = spec.commandLine().getErr();
      warnings.forEach(w -> err.println("warning: " + w));
      err.flush();
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
