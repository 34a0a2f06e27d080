package io.github.modelconfig.adapter.devices;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Adapter rule: CUDA's device mask. Entries are indices or UUIDs (a unique UUID prefix also
 * matches); the listed order is the new numbering; CUDA stops at the first entry it cannot match.
 */
final class CudaVisibleDevices {

  private CudaVisibleDevices() {}

  static List<NvidiaSmiProbe.Row> select(
      List<NvidiaSmiProbe.Row> rows, Option<String> mask, List<String> warnings) {
    if (mask.isEmpty()) {
      return rows;
    }
    List<NvidiaSmiProbe.Row> chosen = new ArrayList<>();
    String text = mask.get().strip();
    if (text.isEmpty()) {
      return chosen;
    }
    for (String raw : text.split(",")) {
      String entry = raw.strip();
      Option<NvidiaSmiProbe.Row> row = match(rows, entry);
      if (row.isEmpty() || chosen.contains(row.get())) {
        warnings.add(
            "CUDA_VISIBLE_DEVICES entry '"
                + entry
                + "' matches no unique GPU; CUDA ignores it and every entry after it.");
        break;
      }
      chosen.add(row.get());
    }
    return chosen;
  }

  private static Option<NvidiaSmiProbe.Row> match(List<NvidiaSmiProbe.Row> rows, String entry) {
    if (entry.matches("\\d+")) {
      int index = Integer.parseInt(entry);
      return Option.ofOptional(rows.stream().filter(r -> r.index() == index).findFirst());
    }
    String prefix = entry.startsWith("GPU-") ? entry : "GPU-" + entry;
    List<NvidiaSmiProbe.Row> hits = rows.stream().filter(r -> r.uuid().startsWith(prefix)).toList();
    return hits.size() == 1 ? Option.of(hits.get(0)) : Option.none();
  }
}
