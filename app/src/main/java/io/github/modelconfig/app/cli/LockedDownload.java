package io.github.modelconfig.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.app.cli.lock.Drift;
import io.github.modelconfig.app.cli.lock.LockedFiles;
import io.github.modelconfig.application.port.in.DownloadModelUseCase;
import io.github.modelconfig.application.port.in.DownloadQuery;
import io.github.modelconfig.application.port.in.DownloadReport;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.domain.repo.RepoRules;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CLI: {@code download --locked FILE}: fetches the lockfile's repo at its commit with exactly its
 * weight files (and the non-weight files, as every download), then checks each locked file's size
 * and hash; a file that differs or is missing is named (exit 6). Kept apart from {@link
 * DownloadCommand} so the command's own options stay as they are.
 */
final class LockedDownload {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DownloadModelUseCase downloader;
  private final Output output;
  private final boolean json;
  private final PrintWriter out;
  private final PrintWriter err;

  LockedDownload(
      DownloadModelUseCase downloader,
      Output output,
      boolean json,
      PrintWriter out,
      PrintWriter err) {
    this.downloader = downloader;
    this.output = output;
    this.json = json;
    this.out = out;
    this.err = err;
  }

  int run(Path file, ProgressBar bar) {
    JsonNode lock;
    try {
      lock = JSON.readTree(file.toFile());
    } catch (IOException e) {
      err.println("modelconfig: cannot read the lockfile " + file + ": " + e.getMessage());
      return ExitCode.INVALID.code();
    }
    if (lock == null || !lock.path("commit").isTextual()) {
      err.println(
          "modelconfig: " + file + " pins no commit (a local folder's lock); nothing to fetch.");
      err.println("Lock a Hugging Face repo id: resolve org/name --lock FILE.");
      return ExitCode.INVALID.code();
    }
    List<String> weights = new ArrayList<>();
    lock.path("files")
        .forEach(
            f -> {
              if (f.path("role").asText().equals("weights")) {
                weights.add(f.path("path").asText());
              }
            });
    var query =
        RepoRules.repoId("model", lock.path("model").asText())
            .combine(RepoRules.revision("commit", lock.path("commit").asText()))
            .ap((id, commit) -> new DownloadQuery(id, commit, false, Option.none(), weights));
    if (query.isInvalid()) {
      return output.failure(new ResolveFailure.Invalid(query.getError()));
    }
    var report = downloader.download(query.get(), bar);
    bar.finish();
    return report.fold(output::failure, r -> verify(lock, r));
  }

  private int verify(JsonNode lock, DownloadReport report) {
    Map<String, CachedFile> fetched = new LinkedHashMap<>();
    report.files().forEach(f -> fetched.put(f.path(), f));
    List<Drift> problems = new ArrayList<>();
    for (JsonNode locked : lock.path("files")) {
      String path = locked.path("path").asText();
      CachedFile got = fetched.get(path);
      try {
        (got == null
                ? java.util.Optional.of("not fetched: the commit has no such file.")
                : LockedFiles.problem(locked, Path.of(got.location())))
            .ifPresent(p -> problems.add(new Drift("lock_file_unverified", path, p)));
      } catch (IOException e) {
        problems.add(new Drift("lock_file_unverified", path, "cannot read it: " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      if (json) {
        out.println(
            Json.write(
                OutputSchema.ERRORS.stamp(
                    Map.of("errors", problems.stream().map(Drift::json).toList()))));
      } else {
        problems.forEach(
            p -> err.println("  - [" + p.code() + "] " + p.field() + ": " + p.message()));
      }
      out.flush();
      err.flush();
      return ExitCode.MISMATCH.code();
    }
    if (json) {
      out.println(Json.write(OutputSchema.DOWNLOAD.stamp(view(report, lock))));
    } else {
      out.println(
          "Downloaded and verified "
              + report.repoId()
              + " @ "
              + report.commit()
              + ": "
              + lock.path("files").size()
              + " locked files match their sizes and hashes.");
      out.println(report.snapshot());
    }
    out.flush();
    return ExitCode.OK.code();
  }

  private static Map<String, Object> view(DownloadReport report, JsonNode lock) {
    List<String> locked = new ArrayList<>();
    lock.path("files").forEach(f -> locked.add(f.path("path").asText()));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("repo_id", report.repoId().toString());
    v.put("commit", report.commit());
    v.put("snapshot", report.snapshot());
    v.put("downloaded_bytes", report.downloadedBytes());
    v.put(
        "files",
        report.files().stream()
            .map(
                f ->
                    ResolvedJson.map(
                        "path", f.path(),
                        "location", f.location(),
                        "downloaded_bytes", f.downloadedBytes(),
                        "reused", f.reused(),
                        "verified", locked.contains(f.path())))
            .toList());
    return v;
  }
}
