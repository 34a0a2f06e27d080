package io.github.modelconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.adapter.devices.DeviceCatalogs;
import io.github.modelconfig.adapter.huggingface.TinyLlamaExample;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelConfigsSnapshotReuseTest {

  @TempDir Path folder;
  @TempDir Path home;

  @Test
  void givenUnchangedFolder_resolveTwice_sameAnswer() throws IOException {
    writeModel(2048);
    ResolveModelConfigUseCase resolver = ModelConfigs.resolver(settings());

    Either<ResolveFailure, ResolvedModelConfig> first = resolver.resolve(query());
    Either<ResolveFailure, ResolvedModelConfig> second = resolver.resolve(query());

    assertThat(first.isRight()).as("%s", first).isTrue();
    // The host's free memory may move between the calls; the model facts may not.
    assertThat(second.get().weightsSize()).isEqualTo(first.get().weightsSize());
    assertThat(second.get().weightPath()).isEqualTo(first.get().weightPath());
    // 427,264 data bytes plus the 8-byte length and the padded JSON header of model.safetensors.
    assertThat(second.get().weightsSize().get()).isGreaterThan(427_264L);
    assertThat(second.get().maxLength().get()).isEqualTo(2048L);
  }

  @Test
  void givenConfigRewrittenInPlace_resolveAgain_seesTheNewValue() throws IOException {
    writeModel(2048);
    ResolveModelConfigUseCase resolver = ModelConfigs.resolver(settings());
    assertThat(resolver.resolve(query()).get().maxLength().get()).isEqualTo(2048L);

    writeModel(4096);
    // Same length of text; a later modification time is what tells the change apart.
    Files.setLastModifiedTime(
        folder.resolve("config.json"), FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(resolver.resolve(query()).get().maxLength().get()).isEqualTo(4096L);
  }

  @Test
  void givenShardRemoved_resolveAgain_reportsTheMissingWeights() throws IOException {
    writeModel(2048);
    ResolveModelConfigUseCase resolver = ModelConfigs.resolver(settings());
    assertThat(resolver.resolve(query()).isRight()).isTrue();

    Files.delete(folder.resolve("model.safetensors"));

    assertThat(resolver.resolve(query()).isLeft()).isTrue();
  }

  @Test
  void givenRecheckInterval_configRewrittenWithinIt_keepsTheListedAnswer() throws IOException {
    writeModel(2048);
    ResolveModelConfigUseCase resolver =
        ModelConfigs.resolver(
            settings(),
            ArchitectureRegistry.defaults(),
            DeviceCatalogs.host(Path.of("/proc"), Path.of("/sys/fs/cgroup")),
            Duration.ofHours(1));
    assertThat(resolver.resolve(query()).get().maxLength().get()).isEqualTo(2048L);

    writeModel(4096);
    Files.setLastModifiedTime(
        folder.resolve("config.json"), FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(resolver.resolve(query()).get().maxLength().get()).isEqualTo(2048L);
  }

  private void writeModel(int maxPositions) throws IOException {
    Files.writeString(
        folder.resolve("config.json"),
        "{\"architectures\":[\"LlamaForCausalLM\"],\"model_type\":\"llama\",\"hidden_size\":64,"
            + "\"intermediate_size\":128,\"num_hidden_layers\":2,\"num_attention_heads\":4,"
            + "\"num_key_value_heads\":2,\"head_dim\":16,\"max_position_embeddings\":"
            + maxPositions
            + ",\"rms_norm_eps\":1e-05,\"rope_theta\":10000.0,\"tie_word_embeddings\":false,"
            + "\"torch_dtype\":\"float32\",\"vocab_size\":256}");
    if (!Files.exists(folder.resolve("model.safetensors"))) {
      TinyLlamaExample.write(folder.resolve("model.safetensors"));
    }
  }

  private AppSettings settings() {
    return IsolatedSettings.of(home, folder.getParent());
  }

  private ResolveQuery query() {
    return ResolveQuery.fromSettings(
            Map.of("model_path", new RawSetting(folder.toString(), Source.USER, "--model-path")))
        .get();
  }
}
