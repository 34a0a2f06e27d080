package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.WeightsReport;
import io.github.modelconfig.application.port.out.FakeModelFileParser;
import io.github.modelconfig.application.port.out.InMemoryModelRepository;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectWeightsServiceTest {

  static final String INDEX =
      "{\"metadata\":{\"total_size\":131072},\"weight_map\":{"
          + "\"a\":\"model-00001-of-00002.safetensors\",\"b\":\"model-00002-of-00002.safetensors\"}}";

  static Either<ResolveFailure, WeightsReport> inspect(TinyLlama repo, String target) {
    return new InspectWeightsService(
            List.of(new InMemoryModelRepository().put(repo.files())),
            new FakeModelFileParser(),
            repo.inspector())
        .inspect(target, Revision.MAIN);
  }

  @Test
  void givenShardedFolder_inspect_reportsEveryShardItsIndexAndTheEncoding() {
    TinyLlama repo =
        TinyLlama.repo("./tiny").shards(2, "F32").file("model.safetensors.index.json", INDEX);

    WeightsReport report = inspect(repo, "./tiny").get();

    assertThat(report.files())
        .extracting(WeightsReport.FileReport::path)
        .containsExactly("model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors");
    assertThat(report.totalParameters()).isEqualTo(2 * TinyLlama.SHARD_PARAMETERS);
    assertThat(report.indexes()).singleElement().satisfies(i -> assertThat(i.shards()).hasSize(2));
    assertThat(report.encodings()).containsExactly(SupportedEncoding.FLOAT32);
    assertThat(report.warnings()).as("16,384 F32 parameters are 65,536 bytes a shard").isEmpty();
  }

  @Test
  void givenIndexNamingAShardTheFolderLacks_inspect_warns() {
    TinyLlama repo =
        TinyLlama.repo("./tiny").shards(1, "F32").file("model.safetensors.index.json", INDEX);

    WeightsReport report = inspect(repo, "./tiny").get();

    assertThat(report.warnings())
        .anyMatch(w -> w.contains("model-00002-of-00002.safetensors, which is not in the repo"));
  }

  @Test
  void givenOneWeightFileOfAFolder_inspect_reportsOnlyThatFile() {
    TinyLlama repo = TinyLlama.repo("./tiny").shards(2, "BF16");

    WeightsReport report = inspect(repo, "./tiny/model-00002-of-00002.safetensors").get();

    assertThat(report.files())
        .extracting(WeightsReport.FileReport::path)
        .containsExactly("model-00002-of-00002.safetensors");
    assertThat(report.encodings()).containsExactly(SupportedEncoding.BFLOAT16);
  }

  @Test
  void givenNothingThere_inspect_failsNotFound() {
    Either<ResolveFailure, WeightsReport> report = inspect(TinyLlama.repo("./tiny"), "./other");

    assertThat(report.swap().getOrNull())
        .as(report.toString())
        .isInstanceOfSatisfying(
            ResolveFailure.Unavailable.class,
            u -> assertThat(u.failure().code()).isEqualTo(ErrorCode.REPO_NOT_FOUND));
  }
}
