package io.github.modelconfig.adapter.devices;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Driven-adapter rule: CUDA_VISIBLE_DEVICES selects and orders GPUs by index or UUID (a prefix of
 * {@code GPU-…} is enough); unset means all; an invalid entry hides it and every later one.
 */
final class CudaVisibleDevices {

  private CudaVisibleDevices() {}

  static List<NvidiaSmiDeviceCatalog.Row> select(
      List<NvidiaSmiDeviceCatalog.Row> rows, Option<String> visible) {
    if (visible.isEmpty()) {
      return rows;
    }
    List<NvidiaSmiDeviceCatalog.Row> selected = new ArrayList<>();
    for (String entry : visible.get().split(",")) {
      String e = entry.trim();
      Option<NvidiaSmiDeviceCatalog.Row> match =
          Option.ofOptional(
              rows.stream()
                  .filter(
                      r ->
                          e.matches("\\d+")
                              ? r.index() == Integer.parseInt(e)
                              : !e.isEmpty() && r.uuid().startsWith(e))
                  .findFirst());
      if (match.isEmpty() || selected.contains(match.get())) {
        break;
      }
      selected.add(match.get());
    }
    return selected;
  }
}
