package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine.Command;
import io.github.modelconfig.app.cli.picocli.CommandLine.Option;
import io.github.modelconfig.app.cli.picocli.CommandLine.Parameters;
import io.github.modelconfig.app.cli.picocli.CommandLine.Spec;
import io.github.modelconfig.application.port.in.DownloadModelUseCase;
import io.github.modelconfig.application.port.in.DownloadQuery;
import io.github.modelconfig.application.port.in.DownloadReport;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.RepoRules;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** CLI: {@code download MODEL}: fetch a Hub repo's config and weights into the shared HF cache. */
@Command(
    name = "download",
    mixinStandardHelpOptions = true,
    description =
        "Download a model's config and weight files into the HF cache (resumable, parallel);"
            + " files the Python or JS clients cached are reused.")
public final class DownloadCommand implements Callable<Integer> {

  private final Supplier<DownloadModelUseCase> downloader;
  private final Terminal terminal;

  @Spec io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "MODEL",
      description = "Hugging Face repo id.")
  String model;

  @Option(
      names = {"--huggingface-model-revision", "--revision"},
      defaultValue = "main",
      description = "Branch, tag or commit (default: ${DEFAULT-VALUE}).")
  String revision;

  @Option(
      names = "--quantization-encoding",
      paramLabel = "ENCODING",
      description = "Fetch the weights of this encoding (e.g. q4_k from a GGUF repo).")
  String encoding;

  @Option(
      names = "--weight-path",
      split = ",",
      paramLabel = "FILE",
      description = "Fetch exactly these weight files (repeatable).")
  List<String> weightPath = new ArrayList<>();

  @Option(names = "--force-download", description = "Fetch files again even when cached.")
  boolean force;

  @Option(names = "--json", description = "Print one JSON object on stdout.")
  boolean json;

  @Option(
      names = "--locked",
      paramLabel = "FILE",
      description =
          "Fetch exactly the files of a lockfile (resolve --lock) at its commit and verify their"
              + " sizes and hashes (exit 6 when one differs); MODEL is then optional.")
  java.nio.file.Path locked;

  DownloadCommand(Supplier<DownloadModelUseCase> downloader, Terminal terminal) {
    this.downloader = downloader;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Output output = new Output(out, err, json, terminal);
    if (locked != null) {
      return new LockedDownload(downloader.get(), output, json, out, err)
          .run(locked, new ProgressBar(err, terminal));
    }
    if (model == null) {
      err.println("modelconfig: download needs MODEL (a repo id) or --locked FILE.");
      return ExitCode.INVALID.code();
    }
    io.vavr.control.Option<SupportedEncoding> chosen =
        io.vavr.control.Option.of(encoding).flatMap(SupportedEncoding::parse);
    if (encoding != null && chosen.isEmpty()) {
      return output.failure(new ResolveFailure.Invalid(Vector.of(unknownEncoding(encoding))));
    }
    Validation<Seq<ConfigError>, DownloadQuery> query =
        Validation.combine(
                RepoRules.repoId("model", model),
                RepoRules.revision("huggingface_model_revision", revision))
            .ap((id, rev) -> new DownloadQuery(id, rev, force, chosen, weightPath));
    if (query.isInvalid()) {
      return output.failure(new ResolveFailure.Invalid(query.getError()));
    }
    ProgressBar bar = new ProgressBar(err, terminal);
    return downloader
        .get()
        .download(query.get(), bar)
        .fold(
            failure -> {
              bar.finish();
              return output.failure(failure);
            },
            report -> {
              bar.finish();
              print(out, report);
              return ExitCode.OK.code();
            });
  }

  private static ConfigError unknownEncoding(String given) {
    return new ConfigError(
        ErrorCode.INVALID_CHOICE,
        "quantization_encoding",
        "quantization_encoding is '"
            + given
            + "'; it must be one of "
            + SupportedEncoding.wireNames()
            + ".",
        "Use --quantization-encoding with one of the listed encodings.");
  }

  private void print(PrintWriter out, DownloadReport report) {
    if (json) {
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
                          "reused", f.reused()))
              .toList());
      out.println(Json.write(OutputSchema.DOWNLOAD.stamp(v)));
    } else {
      out.println(
          "Downloaded "
              + report.repoId()
              + " @ "
              + report.commit()
              + ": "
              + report.files().size()
              + " files ("
              + report.reusedFiles()
              + " already cached), "
              + CacheScanCommand.human(report.downloadedBytes())
              + " fetched.");
      out.println(report.snapshot());
    }
    out.flush();
  }
}
