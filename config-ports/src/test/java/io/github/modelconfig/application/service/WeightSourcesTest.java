package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.InMemoryModelFiles;
import io.github.modelconfig.application.port.out.InMemoryModelRepository;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Either;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightSourcesTest {

  static final String GGUF = "tiny-q4_k_m.gguf";

  final InMemoryModelRepository places =
      new InMemoryModelRepository()
          .put(InMemoryModelFiles.repo("./tiny").file("config.json", "{}").build())
          .put(
              InMemoryModelFiles.repo("org/gguf")
                  .onHub(SnapshotLoaderTest.COMMIT)
                  .file(GGUF, "g")
                  .build());

  Either<ResolveFailure, WeightSources.Plan> plan(String model, String... weightPath) {
    return new WeightSources(new ModelLocator(List.of(places)))
        .plan(ModelConfigRequest.of(model).withPaths(model, List.of(weightPath)));
  }

  static InMemoryModelFiles folder(String path, String... files) {
    InMemoryModelFiles.Builder folder = InMemoryModelFiles.repo(path);
    for (String file : files) {
      folder.file(file, file);
    }
    return folder.build();
  }

  static List<String> paths(ModelFiles files) {
    return files.list().files().stream().map(RepoFile::path).toList();
  }

  static ErrorCode code(Either<ResolveFailure, WeightSources.Plan> plan) {
    return plan.swap().getOrElseThrow(() -> new AssertionError(plan)).errors().head().code();
  }

  @Test
  void givenOnlyAModel_plan_readsWeightsFromTheModelRepo() {
    WeightSources.Plan plan = plan("./tiny").get();

    assertThat(plan.model().list().repoId()).isEqualTo("./tiny");
    assertThat(plan.weights()).isEmpty();
    assertThat(places.asked()).containsExactly("find ./tiny@main");
  }

  @Test
  void givenAWeightPathIntoAnotherRepo_plan_takesTheWeightsFromThatRepo() {
    WeightSources.Plan plan = plan("./tiny", "org/gguf/" + GGUF).get();

    assertThat(plan.weights().get().list().repoId()).isEqualTo("org/gguf");
    assertThat(plan.request().weightPath()).containsExactly(GGUF);
    assertThat(plan.request().modelPath()).isEqualTo("./tiny");
  }

  @Test
  void givenOnlyAWeightPathIntoARepo_plan_takesThatRepoAsTheModelListingItOnce() {
    WeightSources.Plan plan = plan("", "org/gguf/" + GGUF).get();

    assertThat(plan.request().modelPath()).isEqualTo("org/gguf");
    assertThat(plan.model().list().repoId()).isEqualTo("org/gguf");
    assertThat(places.asked()).containsOnlyOnce("find org/gguf@main");
  }

  @Test
  void givenTheModelAsOneWeightFileOfARepo_plan_readsItAsThatWeightPath() {
    WeightSources.Plan plan = plan("org/gguf/" + GGUF).get();

    assertThat(plan.request().modelPath()).isEqualTo("org/gguf");
    assertThat(plan.request().weightPath()).containsExactly(GGUF);
  }

  @Test
  void givenTheModelAsOneLocalWeightFile_plan_usesItsFolder() {
    places.putLocalFile("/m/model.safetensors", folder("/m", "model.safetensors", "config.json"));

    WeightSources.Plan plan = plan("/m/model.safetensors").get();

    assertThat(plan.model().list().repoId()).isEqualTo("/m");
    assertThat(plan.request().modelPath()).isEqualTo("/m/model.safetensors");
    assertThat(places.asked()).doesNotContain("find /m/model.safetensors@main");
  }

  @Test
  void givenLocalWeightFilesAlone_plan_takesTheirFolderAsTheModel() {
    places
        .putLocalFile("/w/a.safetensors", folder("/w", "a.safetensors", "config.json"))
        .putLocalFile("/w/b.safetensors", folder("/w", "b.safetensors", "config.json"));

    WeightSources.Plan plan = plan("", "/w/a.safetensors", "/w/b.safetensors").get();

    assertThat(plan.request().modelPath()).isEqualTo("/w");
    assertThat(plan.request().weightPath()).containsExactly("a.safetensors", "b.safetensors");
    assertThat(paths(plan.model()))
        .containsExactly("a.safetensors", "config.json", "b.safetensors");
    assertThat(plan.weights()).isEmpty();
  }

  @Test
  void givenLocalWeightFilesInTwoFolders_plan_refusesThem() {
    places
        .putLocalFile("/w/a.safetensors", folder("/w", "a.safetensors"))
        .putLocalFile("/v/b.safetensors", folder("/v", "b.safetensors"));

    Either<ResolveFailure, WeightSources.Plan> plan =
        plan("./tiny", "/w/a.safetensors", "/v/b.safetensors");

    assertThat(code(plan)).isEqualTo(ErrorCode.WEIGHT_PATHS_MIXED);
    assertThat(plan.getLeft().errors().map(ConfigError::message).head()).contains("'/w'", "'/v'");
  }

  @Test
  void givenALocalFileAndAFileOfAnotherRepo_plan_refusesTheMix() {
    places.putLocalFile("/w/a.gguf", folder("/w", "a.gguf"));

    assertThat(code(plan("./tiny", "/w/a.gguf", "org/gguf/" + GGUF)))
        .isEqualTo(ErrorCode.WEIGHT_PATHS_MIXED);
  }

  @Test
  void givenAWeightPathIntoAnUnreachableRepo_plan_reportsThatNotAMissingFile() {
    RepositoryFailure offline = new RepositoryFailure.Offline("org/gated is not cached", "online");
    places.failing("org/gated", offline);

    Either<ResolveFailure, WeightSources.Plan> plan = plan("", "org/gated/x.gguf");

    assertThat(plan.swap().getOrNull()).isEqualTo(new ResolveFailure.Unavailable(offline));
  }

  @Test
  void givenPathsShapedLikeFolders_plan_neverAsksForThemAsRepos() {
    Either<ResolveFailure, WeightSources.Plan> plan =
        plan("./tiny", "/etc/passwd", "../up/x.gguf", "~/a/b.gguf");

    assertThat(plan.get().request().weightPath())
        .containsExactly("/etc/passwd", "../up/x.gguf", "~/a/b.gguf");
    assertThat(places.asked())
        .containsExactly(
            "findFile /etc/passwd",
            "findFile ../up/x.gguf",
            "findFile ~/a/b.gguf",
            "find ./tiny@main");
  }

  @Test
  void givenAFileTheOtherRepoLacksAndNoModel_plan_cannotDeriveTheModel() {
    assertThat(code(plan("", "org/gguf/missing.gguf")))
        .isEqualTo(ErrorCode.MODEL_PATH_NOT_DERIVABLE);
  }
}
