package io.github.modelconfig.adapter.devices;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Driven adapter: runs a vendor tool found on the search path, with a timeout and a bound on its
 * output; a missing tool is {@code none}, a failing or hung one a message.
 */
final class ToolRunner {

  private static final int MAX_OUTPUT = 1 << 20;

  private final List<Path> searchPath;
  private final Duration timeout;

  ToolRunner(List<Path> searchPath, Duration timeout) {
    this.searchPath = searchPath;
    this.timeout = timeout;
  }

  Option<Path> find(String tool) {
    return Option.ofOptional(
        searchPath.stream().map(d -> d.resolve(tool)).filter(Files::isExecutable).findFirst());
  }

  /** Runs the tool: none when absent, left with a reason when it fails, right with its stdout. */
  Option<Either<String, String>> run(String tool, String... args) {
    return find(tool).map(path -> execute(path, args));
  }

  private Either<String, String> execute(Path tool, String... args) {
    List<String> command = new ArrayList<>();
    command.add(tool.toString());
    command.addAll(List.of(args));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      return Either.left(tool.getFileName() + " could not start: " + e.getMessage());
    }
    try (InputStream out = process.getInputStream()) {
      process.getOutputStream().close();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return Either.left(
            tool.getFileName() + " did not answer within " + timeout.toMillis() + " ms; skipped");
      }
      byte[] bytes = out.readNBytes(MAX_OUTPUT);
      if (process.exitValue() != 0) {
        return Either.left(tool.getFileName() + " failed with exit code " + process.exitValue());
      }
      return Either.right(new String(bytes, StandardCharsets.UTF_8));
    } catch (IOException e) {
      process.destroyForcibly();
      return Either.left(tool.getFileName() + " output could not be read: " + e.getMessage());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return Either.left(tool.getFileName() + " was interrupted");
    }
  }
}
