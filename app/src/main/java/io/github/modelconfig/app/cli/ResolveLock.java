package io.github.modelconfig.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.app.cli.lock.Drift;
import io.github.modelconfig.app.cli.lock.LockDrift;
import io.github.modelconfig.app.cli.lock.LockFile;
import io.github.modelconfig.app.cli.lock.LockOptions;
import io.github.modelconfig.application.port.in.ListModelFilesUseCase;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CLI: {@code resolve --lock FILE} writes what a resolution depended on; {@code resolve --locked
 * FILE} resolves again and names every drift from it (exit 6), else prints the resolution.
 */
final class ResolveLock {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LockOptions options;
  private final Supplier<ListModelFilesUseCase> lister;
  private final boolean json;
  private final PrintWriter out;
  private final PrintWriter err;

  ResolveLock(
      LockOptions options,
      Supplier<ListModelFilesUseCase> lister,
      boolean json,
      PrintWriter out,
      PrintWriter err) {
    this.options = options;
    this.lister = lister;
    this.json = json;
    this.out = out;
    this.err = err;
  }

  int after(ResolvedModelConfig config, Output output) {
    Map<String, Object> resolved = ResolvedJson.of(config);
    ModelReference reference =
        new ModelReference(
            (String) resolved.get("model_path"),
            Revision.parse((String) resolved.get("huggingface_model_revision"))
                .getOrElse(Revision.MAIN));
    Either<io.github.modelconfig.application.port.out.RepositoryFailure, RepoListing> listing =
        lister.get().list(reference);
    if (listing.isLeft()) {
      return output.repositoryFailure(listing.getLeft());
    }
    Map<String, Object> lock = OutputSchema.LOCK.stamp(LockFile.of(resolved, listing.get()));
    return options.lock().isDefined()
        ? write(options.lock().get(), lock, config, output)
        : check(options.locked().get(), lock, config, output);
  }

  private int write(Path file, Map<String, Object> lock, ResolvedModelConfig c, Output output) {
    try {
      Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".lock", ".tmp");
      Files.writeString(temporary, Json.write(lock) + "\n", StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      err.println("modelconfig: cannot write the lockfile " + file + ": " + e.getMessage());
      err.println("Check that its folder exists and is writable.");
      return ExitCode.INVALID.code();
    }
    err.println(
        "modelconfig: locked "
            + lock.get("model")
            + " at "
            + (lock.get("commit") == null ? "no commit (a local folder)" : lock.get("commit"))
            + ", "
            + ((List<?>) lock.get("files")).size()
            + " files, in "
            + file);
    return output.resolved(c);
  }

  private int check(Path file, Map<String, Object> lock, ResolvedModelConfig c, Output output) {
    JsonNode locked;
    try {
      locked = JSON.readTree(file.toFile());
    } catch (IOException e) {
      err.println("modelconfig: cannot read the lockfile " + file + ": " + e.getMessage());
      err.println("Write one with resolve ... --lock FILE.");
      return ExitCode.INVALID.code();
    }
    List<Drift> drifts = LockDrift.between(locked, JSON.valueToTree(lock));
    if (drifts.isEmpty()) {
      err.println("modelconfig: matches the lockfile " + file);
      return output.resolved(c);
    }
    return output.drifted(file.toString(), drifts);
  }
}
