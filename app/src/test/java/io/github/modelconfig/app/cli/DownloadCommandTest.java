package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.app.IsolatedSettings;
import io.github.modelconfig.app.ModelConfigApplication;
import io.github.modelconfig.application.port.in.DownloadQuery;
import io.github.modelconfig.application.port.in.DownloadReport;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.application.port.out.CachedFile;
import io.github.modelconfig.application.port.out.InMemoryDeviceCatalog;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code download} against an in-memory use case: the query it builds, rendering, exit codes. */
class DownloadCommandTest {

  @TempDir static Path home;

  private static DownloadReport report;

  private final List<DownloadQuery> queries = new ArrayList<>();
  private Either<ResolveFailure, DownloadReport> answer;

  @BeforeAll
  static void resolveTheExampleOnce() {
    ResolvedModelConfig tinyLlama =
        ModelConfigApplication.builder(IsolatedSettings.of(home, CliRun.ROOT))
            .devices(InMemoryDeviceCatalog.target("test-gpu-80gb"))
            .build()
            .resolveModelConfig()
            .resolve(
                ResolveQuery.fromSettings(
                        Map.of("model_path", RawSetting.flag("model_path", "examples/tiny-llama")))
                    .get())
            .get();
    report =
        new DownloadReport(
            tinyLlama,
            List.of(
                new DownloadReport.RepoDownload(
                    "org/model",
                    "abc123",
                    "/cache/hub/models--org--model/snapshots/abc123",
                    List.of(
                        new CachedFile("config.json", "/cache/c1", 0, true),
                        new CachedFile(
                            "model.safetensors",
                            "/cache/w1",
                            2_500_000,
                            false,
                            Option.of("the cached copy was 10 bytes, the Hub lists 2500000"))))));
  }

  private CommandRun run(String... args) {
    answer = answer == null ? Either.right(report) : answer;
    DownloadCommand command =
        new DownloadCommand(
            () ->
                (query, progress) -> {
                  queries.add(query);
                  progress.planned(2, 2_500_000);
                  progress.advanced(2_500_000);
                  return answer;
                },
            CliRun.ROOT,
            Terminal.plain());
    return CommandRun.of(command.spec(), args);
  }

  @Test
  void givenResolveOptions_download_asksWithEveryOne() {
    CommandRun run =
        run(
            "org/model",
            "--devices",
            "cpu",
            "--max-length",
            "4096",
            "--quantization-encoding",
            "q4_k",
            "--weight-path",
            "a.gguf,b.gguf",
            "--revision",
            "v2",
            "--force-download",
            "--draft-model-path",
            "org/draft",
            "--verify");

    assertThat(run.exitCode()).as(run.err()).isZero();
    DownloadQuery query = queries.get(0);
    ModelConfigRequest request = query.resolve().request();
    assertThat(query.verify()).isTrue();
    assertThat(request.deviceSpecs().get()).containsExactly(DeviceSpec.cpu());
    assertThat(request.maxLength()).contains(4096L);
    assertThat(request.quantizationEncoding()).contains(SupportedEncoding.Q4_K);
    assertThat(request.weightPath()).containsExactly("a.gguf", "b.gguf");
    assertThat(request.huggingfaceModelRevision()).isEqualTo(new Revision("v2"));
    assertThat(request.forceDownload()).isTrue();
    assertThat(query.resolve().draft().map(ModelConfigRequest::modelPath)).contains("org/draft");
  }

  @Test
  void givenAReport_download_printsTheResolutionAndEachFileWithItsRepair() {
    CommandRun run = run("org/model");

    assertThat(run.out())
        .contains("LlamaForCausalLM")
        .contains("Downloaded org/model @ abc123: 2 files (1 already cached), 2.5M fetched")
        .contains("  config.json  (cached)")
        .contains(
            "    warning: fetched again: the cached copy was 10 bytes, the Hub lists 2500000.");
  }

  @Test
  void givenAReport_downloadJson_isResolveJsonWithTheDownload() throws Exception {
    CommandRun run = run("org/model", "--json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("quantization_encoding").asText()).isEqualTo("float32");
    JsonNode download = json.get("download");
    assertThat(download.get("downloaded_bytes").asLong()).isEqualTo(2_500_000);
    JsonNode files = download.get("repos").get(0).get("files");
    assertThat(files.get(0).get("reused").asBoolean()).isTrue();
    assertThat(files.get(1).get("repaired").asText()).contains("10 bytes");
  }

  @Test
  void givenBadValues_download_exitsTwoNamingEachWithoutAskingTheUseCase() {
    CommandRun run = run("org/model", "--quantization-encoding", "q5_z", "--max-length", "-1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("quantization_encoding").contains("max_length");
    assertThat(queries).isEmpty();
  }

  @Test
  void givenAGatedRepo_download_exitsFourWithTheHint() {
    answer =
        Either.left(
            new ResolveFailure.Unavailable(
                new RepositoryFailure.Unauthorized(
                    "org/model is gated.", "Accept the licence and set HF_TOKEN.")));

    CommandRun run = run("org/model");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("org/model is gated.").contains("fix: Accept the licence");
  }
}
