package io.github.modelconfig.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.app.cli.picocli.CommandLine;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.domain.request.RawSetting;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolveOptionsTest {

  private static ResolveOptions parse(String... args) {
    CommandLine line =
        new CommandLine(
            new ResolveCommand(
                    () -> {
                      throw new AssertionError("only parsed");
                    },
                    Path.of("/"),
                    Terminal.plain())
                .spec());
    return ResolveOptions.of(line.parseArgs(args));
  }

  private static Map<String, Object> values(ResolveOptions options) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, RawSetting> e : options.flagSettings().entrySet()) {
      values.put(e.getKey(), e.getValue().value());
    }
    return values;
  }

  @Test
  void givenEachKindOfOption_flagSettings_keepsTheTypedValueUnderTheMaxField() {
    ResolveOptions options =
        parse(
            "repo/model",
            "--lora-paths",
            "a,b",
            "--lora-paths",
            "c",
            "--enable-lora",
            "--trust-remote-code",
            "false",
            "--no-use-subgraphs",
            "--enable-prefix-caching",
            "--max-length",
            "512");

    assertThat(values(options))
        .containsExactly(
            Map.entry("model_path", "repo/model"),
            Map.entry("trust_remote_code", "false"),
            Map.entry("max_length", "512"),
            Map.entry("use_subgraphs", false),
            Map.entry("enable_prefix_caching", true),
            Map.entry("enable_lora", "true"),
            Map.entry("lora_paths", List.of("a", "b", "c")));
  }

  @Test
  void givenModelPathAndPositional_flagSettings_prefersModelPath() {
    assertThat(values(parse("positional", "--model", "flag"))).containsEntry("model_path", "flag");
    assertThat(values(parse("--model-path", "flag"))).containsEntry("model_path", "flag");
  }

  @Test
  void givenCliOnlyOptions_theyAreNotMaxSettings() {
    ResolveOptions options =
        parse("m", "--target", "h100-80gb:2", "--offline", "--config-file", "c.yaml");

    assertThat(values(options)).containsOnlyKeys("model_path");
    assertThat(options.target()).contains("h100-80gb:2");
    assertThat(options.offline()).isTrue();
    assertThat(options.configFile()).contains("c.yaml");
    assertThat(options.sectionName()).isEmpty();
    assertThat(parse("m").offline()).isFalse();
  }

  @Test
  void givenMaxsFieldNameAsAnOption_flagSettings_setsTheDevices() {
    assertThat(values(parse("m", "--device-specs", "gpu:0,1")))
        .containsExactly(Map.entry("model_path", "m"), Map.entry("devices", "gpu:0,1"));
    assertThat(values(parse("m", "--devices", "cpu"))).containsEntry("devices", "cpu");
  }

  @Test
  void givenAnOptionsOtherName_flagSettings_recordsTheNameTyped() {
    Map<String, RawSetting> settings =
        parse("--model=org/m", "--device-specs", "cpu", "--max-length", "8").flagSettings();

    assertThat(settings.values().stream().map(RawSetting::detail))
        .containsExactly("--model", "--device-specs", "--max-length");
  }

  @Test
  void givenTheTable_theOptions_keepMaxsOrderThenTheDraftsThenTheClisOwn() {
    CommandSpec spec =
        new ResolveCommand(
                () -> {
                  throw new AssertionError("only parsed");
                },
                Path.of("/"),
                Terminal.plain())
            .spec();

    assertThat(spec.options().stream().map(o -> String.join(" ", o.names())))
        .containsExactly(
            "-h --help",
            "-V --version",
            "--model-path --model",
            "--served-model-name",
            "--weight-path",
            "--quantization-encoding",
            "--allow-safetensors-weights-fp32-bf6-bidirectional-cast",
            "--huggingface-model-revision --revision",
            "--huggingface-weight-revision",
            "--trust-remote-code",
            "--devices --device-specs",
            "--force-download",
            "--vision-config-overrides",
            "--rope-type",
            "--max-length",
            "--max-batch-size",
            "--data-parallel-degree",
            "--use-subgraphs",
            "--cache-strategy",
            "--kv-cache-page-size",
            "--enable-prefix-caching",
            "--enable-kvcache-swapping-to-host",
            "--host-kvcache-swap-space-gb",
            "--device-memory-utilization",
            "--kv-cache-format",
            "--enable-lora",
            "--lora-paths",
            "--max-lora-rank",
            "--max-num-loras",
            "--draft-model-path",
            "--draft-weight-path",
            "--draft-quantization-encoding",
            "--draft-huggingface-model-revision",
            "--draft-huggingface-weight-revision",
            "--target",
            "--offline",
            "--config-file",
            "--section-name",
            "--json",
            "--batch",
            "--parallel",
            "--lock",
            "--locked");
    assertThat(spec.findOption("--kv-cache-page-size").description())
        .containsExactly("Tokens per KV-cache page, a multiple of 128 (default 128).");
    assertThat(spec.findOption("--draft-quantization-encoding").paramLabel()).isEqualTo("ENCODING");
  }
}
