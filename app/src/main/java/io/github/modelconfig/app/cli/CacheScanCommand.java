package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine.Command;
import io.github.modelconfig.app.cli.picocli.CommandLine.Option;
import io.github.modelconfig.app.cli.picocli.CommandLine.Spec;
import io.github.modelconfig.application.port.in.ScanCacheUseCase;
import io.github.modelconfig.application.port.out.CacheReport;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** CLI: {@code cache scan}: repos, revisions, refs and sizes, like {@code hf cache scan}. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "List what the HF cache holds (HF_HUB_CACHE), with warnings for corrupt entries.")
public final class CacheScanCommand implements Callable<Integer> {

  private final Supplier<ScanCacheUseCase> scanner;

  @Spec io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object on stdout.")
  boolean json;

  CacheScanCommand(Supplier<ScanCacheUseCase> scanner) {
    this.scanner = scanner;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    return scanner
        .get()
        .scan()
        .fold(
            failure ->
                new Output(out, spec.commandLine().getErr(), json, Terminal.plain())
                    .repositoryFailure(failure),
            report -> {
              out.print(
                  json
                      ? Json.write(OutputSchema.CACHE_SCAN.stamp(view(report))) + "\n"
                      : table(report));
              out.flush();
              return ExitCode.OK.code();
            });
  }

  private static Map<String, Object> view(CacheReport report) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("cache_dir", report.root());
    v.put("size_on_disk", report.sizeOnDisk());
    v.put(
        "repos",
        report.repos().stream()
            .map(
                r -> {
                  Map<String, Object> repo = new LinkedHashMap<>();
                  repo.put("repo_id", r.repoId());
                  repo.put("repo_type", r.type());
                  repo.put("repo_path", r.path());
                  repo.put("size_on_disk", r.sizeOnDisk());
                  repo.put("nb_files", r.files());
                  repo.put("refs", r.refs());
                  repo.put(
                      "revisions",
                      r.revisions().stream()
                          .map(
                              rev ->
                                  ResolvedJson.map(
                                      "commit_hash", rev.commit(),
                                      "refs", List.copyOf(new TreeSet<>(rev.refs())),
                                      "nb_files", rev.files(),
                                      "size_on_disk", rev.sizeOnDisk()))
                          .toList());
                  return repo;
                })
            .toList());
    v.put("warnings", report.warnings());
    return v;
  }

  private static String table(CacheReport report) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format("%-50s %-8s %10s %6s  %s%n", "REPO ID", "TYPE", "SIZE", "FILES", "REFS"));
    for (CacheReport.Repo r : report.repos()) {
      s.append(
          String.format(
              "%-50s %-8s %10s %6d  %s%n",
              r.repoId(),
              r.type(),
              human(r.sizeOnDisk()),
              r.files(),
              String.join(", ", new TreeSet<>(r.refs().keySet()))));
    }
    s.append(
        String.format(
            "%nDone. %d repo(s), %s on disk in %s.%n",
            report.repos().size(), human(report.sizeOnDisk()), report.root()));
    if (!report.warnings().isEmpty()) {
      s.append(report.warnings().size()).append(" corrupted entr(y/ies) skipped:\n");
      report.warnings().forEach(w -> s.append("  ").append(w).append('\n'));
    }
    return s.toString();
  }

  static String human(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    String[] units = {"K", "M", "G", "T"};
    double v = bytes;
    int i = -1;
    while (v >= 1000 && i < units.length - 1) {
      v /= 1000;
      i++;
    }
    return String.format(java.util.Locale.ROOT, "%.1f%s", v, units[i]);
  }
}
