package io.github.modelconfig.adapter.devices;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Driven adapter: a user file of custom targets, one per line: {@code name = MiB
 * [compute_capability] [display name…]}; {@code #} starts a comment.
 */
final class TargetsFile {

  private static final long MAX_BYTES = 1 << 20;

  private TargetsFile() {}

  static Either<String, Map<String, KnownTarget>> read(Path file) {
    List<String> lines;
    try {
      if (Files.size(file) > MAX_BYTES) {
        return Either.left("targets file " + file + " is larger than 1 MiB");
      }
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      return Either.left("cannot read targets file " + file + ": " + e.getMessage());
    }
    Map<String, KnownTarget> targets = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replaceFirst("#.*", "").trim();
      if (line.isEmpty()) {
        continue;
      }
      String[] keyValue = line.split("=", 2);
      String[] fields = keyValue.length == 2 ? keyValue[1].trim().split("\\s+", 3) : new String[0];
      String key = keyValue[0].trim().toLowerCase(Locale.ROOT);
      if (fields.length == 0 || !fields[0].matches("\\d{1,9}") || !key.matches("[a-z0-9._-]+")) {
        return Either.left(
            file
                + ":"
                + (i + 1)
                + ": expected 'name = MiB [compute_capability] [display name]', got '"
                + lines.get(i).trim()
                + "'");
      }
      Option<String> capability = fields.length > 1 ? Option.of(fields[1]) : Option.none();
      String name = fields.length > 2 ? fields[2] : key;
      targets.put(key, new KnownTarget(key, name, Long.parseLong(fields[0]), capability));
    }
    return Either.right(targets);
  }
}
