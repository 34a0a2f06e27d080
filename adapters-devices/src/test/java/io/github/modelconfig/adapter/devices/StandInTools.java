package io.github.modelconfig.adapter.devices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Test helper: shell-script stand-ins for vendor tools in a temporary PATH directory. */
final class StandInTools {

  private StandInTools() {}

  /** A tool that prints a recorded output (a test resource) and exits with {@code exit}. */
  static Path printing(Path dir, String tool, String resource, int exit) {
    try (var in = StandInTools.class.getResourceAsStream("/recorded/" + resource)) {
      Path recorded = dir.resolve(tool + ".out");
      Files.write(recorded, in.readAllBytes());
      return script(dir, tool, "cat '" + recorded + "'\nexit " + exit);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path script(Path dir, String tool, String body) {
    try {
      Path file = dir.resolve(tool);
      Files.writeString(file, "#!/bin/sh\n" + body + "\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
