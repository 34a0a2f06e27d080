package io.github.modelconfig.adapter.devices;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Adapter helper: runs a vendor tool found on the given search path, with a timeout and a bounded
 * output; a missing tool is {@code none}, a failing or hung tool is a Left message.
 */
final class ToolRunner {

  private static final int MAX_OUTPUT = 1 << 20;

  private final List<Path> searchPath;
  private final Duration timeout;

  ToolRunner(List<Path> searchPath, Duration timeout) {
    this.searchPath = List.copyOf(searchPath);
    this.timeout = timeout;
  }

  /** The first executable named {@code tool} on the search path. */
  Option<Path> find(String tool) {
    for (Path dir : searchPath) {
      Path candidate = dir.resolve(tool);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Option.of(candidate);
      }
    }
    return Option.none();
  }

  /** Runs the tool; none when it is not installed, Left when it fails or times out. */
  Option<Either<String, String>> run(String tool, List<String> args) {
    return find(tool).map(exe -> runFound(exe, args));
  }

  private Either<String, String> runFound(Path exe, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(exe.toString());
    command.addAll(args);
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
    } catch (IOException e) {
      return Either.left(exe.getFileName() + " could not be started: " + e.getMessage());
    }
    CompletableFuture<String> output =
        CompletableFuture.supplyAsync(() -> readBounded(process.getInputStream()));
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        return Either.left(
            exe.getFileName() + " did not answer within " + timeout.toMillis() + " ms; skipped.");
      }
      String text = output.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (process.exitValue() != 0) {
        return Either.left(
            exe.getFileName()
                + " failed with exit code "
                + process.exitValue()
                + ": "
                + firstLine(text));
      }
      return Either.right(text);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      return Either.left(exe.getFileName() + " was interrupted.");
    } catch (Exception e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      return Either.left(exe.getFileName() + " output could not be read: " + e.getMessage());
    }
  }

  private static String readBounded(InputStream in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() < MAX_OUTPUT) {
          out.write(buffer, 0, Math.min(n, MAX_OUTPUT - out.size()));
        }
      }
    } catch (IOException e) {
      // The process was killed; what was read so far is the output.
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String firstLine(String text) {
    String trimmed = text.strip();
    int end = trimmed.indexOf('\n');
    return end < 0 ? trimmed : trimmed.substring(0, end);
  }
}
