package io.github.modelconfig.app.cli;

import io.github.modelconfig.application.port.in.DownloadReport;
import io.github.modelconfig.application.port.in.DownloadReport.RepoDownload;
import io.github.modelconfig.application.port.out.CachedFile;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CLI: how {@code download} prints its report: the resolution as {@code resolve} prints it, then
 * the fetched files per repo; with {@code --json}, {@code resolve --json}'s object with a {@code
 * download} key ({@code downloaded_bytes}, {@code repos}: {@code repo_id}, {@code commit}, {@code
 * snapshot}, {@code files}: {@code path}, {@code location}, {@code downloaded_bytes}, {@code
 * reused}, {@code repaired}).
 */
final class DownloadRendering {

  private final PrintWriter out;
  private final boolean json;
  private final Terminal terminal;

  DownloadRendering(PrintWriter out, boolean json, Terminal terminal) {
    this.out = out;
    this.json = json;
    this.terminal = terminal;
  }

  /** Prints {@code report}; {@code verified}: the files checked against a lockfile. */
  void print(DownloadReport report, List<String> verified) {
    if (json) {
      Map<String, Object> v = ResolvedJson.of(report.resolution());
      Map<String, Object> download = new LinkedHashMap<>();
      download.put("downloaded_bytes", report.downloadedBytes());
      download.put("repos", report.repos().stream().map(r -> repo(r, verified)).toList());
      v.put("download", download);
      out.println(Json.write(OutputSchema.DOWNLOAD.stamp(v)));
    } else {
      out.print(new SummaryRenderer(terminal).render(report.resolution()));
      if (report.repos().isEmpty()) {
        out.println("Nothing to fetch: the model's files are local.");
      }
      for (RepoDownload repo : report.repos()) {
        human(repo);
      }
      if (!verified.isEmpty()) {
        out.println(verified.size() + " locked files match the lockfile's sizes and hashes.");
      }
    }
    out.flush();
  }

  private void human(RepoDownload repo) {
    long reused = repo.files().stream().filter(CachedFile::reused).count();
    long bytes = repo.files().stream().mapToLong(CachedFile::downloadedBytes).sum();
    out.println(
        "Downloaded "
            + repo.repoId()
            + " @ "
            + repo.commit()
            + ": "
            + repo.files().size()
            + " files ("
            + reused
            + " already cached), "
            + CacheScanCommand.human(bytes)
            + " fetched, into "
            + repo.snapshot());
    for (CachedFile file : repo.files()) {
      out.println(
          "  "
              + file.path()
              + (file.reused()
                  ? "  (cached)"
                  : "  " + CacheScanCommand.human(file.downloadedBytes())));
      file.repaired().forEach(why -> out.println("    warning: fetched again: " + why + "."));
    }
  }

  private static Map<String, Object> repo(RepoDownload repo, List<String> verified) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("repo_id", repo.repoId());
    v.put("commit", repo.commit());
    v.put("snapshot", repo.snapshot());
    v.put(
        "files",
        repo.files().stream()
            .map(
                f -> {
                  Map<String, Object> file = new LinkedHashMap<>();
                  file.put("path", f.path());
                  file.put("location", f.location());
                  file.put("downloaded_bytes", f.downloadedBytes());
                  file.put("reused", f.reused());
                  file.put("repaired", f.repaired().getOrNull());
                  if (!verified.isEmpty()) {
                    file.put("verified", verified.contains(f.path()));
                  }
                  return file;
                })
            .toList());
    return v;
  }
}
