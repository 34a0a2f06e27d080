package io.github.modelconfig.app.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Conformance: another program under test, started as a child process per case: {@code CMD ...}
 * (split into words like a shell, with single and double quotes) followed by the case's arguments,
 * in the case's folder, with the case's variables added to this process's environment. A run longer
 * than the timeout is killed and reported as exit code -1.
 */
public final class ExternalImplementation implements Implementation {

  private final List<String> command;
  private final Duration timeout;

  public ExternalImplementation(String commandLine, Duration timeout) {
    this.command = CommandWords.split(commandLine);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("--implementation is empty");
    }
    this.timeout = timeout;
  }

  @Override
  public String name() {
    return String.join(" ", command);
  }

  @Override
  public Run run(List<String> args, Path workingDirectory, Map<String, String> environment) {
    List<String> line = new ArrayList<>(command);
    line.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(line).directory(workingDirectory.toFile());
    pb.environment().putAll(environment);
    try {
      Path stderr = Files.createTempFile(workingDirectory, "stderr", ".txt");
      pb.redirectError(stderr.toFile());
      Process process = pb.start();
      process.getOutputStream().close();
      CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(process));
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        return new Run(DID_NOT_FINISH, "", "timed out after " + timeout.toSeconds() + " s");
      }
      return new Run(
          process.exitValue(),
          new String(stdout.join(), StandardCharsets.UTF_8),
          Files.readString(stderr, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Run(DID_NOT_FINISH, "", "cannot start " + name() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Run(DID_NOT_FINISH, "", "interrupted");
    }
  }

  private static byte[] readAll(Process process) {
    try {
      return process.getInputStream().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
