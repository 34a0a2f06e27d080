package io.github.modelconfig.domain.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.WeightPathParser.Entry;
import io.github.modelconfig.domain.repo.WeightPathParser.Parsed;
import io.github.modelconfig.domain.repo.WeightPathParser.Place;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference §10 cases 14-21 and 25-27: weight-path parsing (§6.1), in two phases. */
class WeightPathParserTest {

  @Test
  void case14_givenAPlainFileName_parse_keepsItForTheModelRepo() {
    Parsed parsed = WeightPathWorld.empty().parse("org1/model1", "weights.safetensors");

    assertThat(parsed.entries())
        .containsExactly(new Entry("weights.safetensors", Place.MODEL_REPO));
    assertThat(parsed.repoId()).isEmpty();
  }

  @Test
  void case15_givenThePathPrefixedWithTheModelRepo_parse_stripsThePrefixWithoutAsking() {
    WeightPathWorld world = WeightPathWorld.empty();

    Parsed parsed =
        world.parse("organization/model-name", "organization/model-name/weights.safetensors");

    assertThat(parsed.paths()).containsExactly("weights.safetensors");
    assertThat(parsed.repoId()).isEmpty();
    assertThat(world.asked()).noneMatch(q -> q.startsWith("repo"));
  }

  @Test
  void case16_givenAFileOfAnotherRepoOnTheHub_parse_recordsThatRepo() {
    Parsed parsed =
        WeightPathWorld.empty()
            .onHub("org2/model2/sub/nested/w.safetensors")
            .parse("org1/model1", "org2/model2/sub/nested/w.safetensors");

    assertThat(parsed.entries())
        .containsExactly(new Entry("sub/nested/w.safetensors", Place.OTHER_REPO));
    assertThat(parsed.repoId()).contains(RepoId.of("org2/model2"));
  }

  @Test
  void case17_givenAFileAbsentFromTheOtherRepo_parse_keepsThePathUnchanged() {
    Parsed parsed =
        WeightPathWorld.empty().parse("org1/model1", "org2/model2/sub/nested/w.safetensors");

    assertThat(parsed.paths()).containsExactly("org2/model2/sub/nested/w.safetensors");
    assertThat(parsed.repoId()).isEmpty();
  }

  @Test
  void case18_case27_givenNoModelPathAndNoRepoInThePath_parse_cannotDeriveTheModel() {
    for (String path : List.of("just/filename.safetensors", "file.gguf")) {
      ConfigError problem = WeightPathWorld.empty().problem("", path);

      assertThat(problem.code()).isEqualTo(ErrorCode.MODEL_PATH_NOT_DERIVABLE);
      assertThat(problem.field()).isEqualTo("weight_path");
      assertThat(problem.message()).contains(path);
    }
  }

  @Test
  void case19_givenATwoPiecePathAndAModel_parse_keepsIt() {
    Parsed parsed = WeightPathWorld.empty().parse("valid/model", "just/filename.safetensors");

    assertThat(parsed.paths()).containsExactly("just/filename.safetensors");
    assertThat(parsed.repoId()).isEmpty();
  }

  @Test
  void case20_givenALocalAndARemoteFile_parse_keepsBothAndRecordsTheRemoteRepo() {
    Parsed parsed =
        WeightPathWorld.empty()
            .localFile("local.safetensors", ".")
            .onHub("org2/model2/remote.safetensors")
            .parse("org1/model1", "local.safetensors", "org2/model2/remote.safetensors");

    assertThat(parsed.entries())
        .containsExactly(
            new Entry("local.safetensors", Place.LOCAL_FILE),
            new Entry("remote.safetensors", Place.OTHER_REPO));
    assertThat(parsed.repoId()).contains(RepoId.of("org2/model2"));
  }

  @Test
  void case20_givenALocalAndARemoteFile_onePlace_refusesTheMix() {
    WeightPathWorld world =
        WeightPathWorld.empty()
            .localFile("local.safetensors", ".")
            .onHub("org2/model2/remote.safetensors");
    List<String> paths = List.of("local.safetensors", "org2/model2/remote.safetensors");
    WeightPathAnswers<String> answers = world.answers("org1/model1", paths);
    Parsed parsed = WeightPathParser.classify("org1/model1", paths, answers).get().get();

    Validation<ConfigError, Parsed> one = WeightPathParser.onePlace(parsed, answers);

    assertThat(one.getError().code()).as(one.toString()).isEqualTo(ErrorCode.WEIGHT_PATHS_MIXED);
    assertThat(one.getError().message()).contains("local_file, other_repo");
  }

  @Test
  void givenLocalFilesInTwoFolders_onePlace_namesBothFolders() {
    WeightPathWorld world =
        WeightPathWorld.empty().localFile("/a/x.gguf", "/a").localFile("/b/y.gguf", "/b");
    List<String> paths = List.of("/a/x.gguf", "/b/y.gguf");
    WeightPathAnswers<String> answers = world.answers("org/model", paths);
    Parsed parsed = WeightPathParser.classify("org/model", paths, answers).get().get();

    Validation<ConfigError, Parsed> one = WeightPathParser.onePlace(parsed, answers);

    assertThat(one.getError().message()).as(one.toString()).contains("'/a' and '/b'");
  }

  @Test
  void case21_givenNoWeightPath_parse_isEmpty() {
    Parsed parsed = WeightPathWorld.empty().parse("test/model");

    assertThat(parsed.entries()).isEmpty();
    assertThat(parsed.repoId()).isEqualTo(Option.none());
  }

  @Test
  void case25_givenOnlyARemoteGgufPath_parse_namesTheRepoToUseAsModelPath() {
    String path = "modularai/Llama-3.1-8B-Instruct-GGUF/llama-3.1-8b-instruct-q4_0.gguf";

    Parsed parsed = WeightPathWorld.empty().onHub(path).parse("", path);

    assertThat(parsed.paths()).containsExactly("llama-3.1-8b-instruct-q4_0.gguf");
    assertThat(parsed.repoId()).contains(RepoId.of("modularai/Llama-3.1-8B-Instruct-GGUF"));
  }

  @Test
  void givenTheModelAsAGgufFileOfARepo_parse_readsItAsThatWeightPath() {
    String path = "modularai/Tiny-GGUF/tiny-q4_k_m.gguf";

    Parsed parsed = WeightPathWorld.empty().onHub(path).parse(path);

    assertThat(parsed.modelPath()).isEmpty();
    assertThat(parsed.paths()).containsExactly("tiny-q4_k_m.gguf");
    assertThat(parsed.repoId()).contains(RepoId.of("modularai/Tiny-GGUF"));
  }

  @Test
  void givenTheModelAsALocalGgufFileShapedLikeARepoFile_parse_keepsItAsTheModel() {
    WeightPathWorld world = WeightPathWorld.empty().localFile("models/tiny/x.gguf", "models/tiny");

    Parsed parsed = world.parse("models/tiny/x.gguf");

    assertThat(parsed.modelPath()).isEqualTo("models/tiny/x.gguf");
    assertThat(parsed.entries()).isEmpty();
    assertThat(world.asked()).containsExactly("local models/tiny/x.gguf");
  }

  @Test
  void givenAnAbsolutePathThatIsNoLocalFile_lookups_neverNameARepoNamedLikeAFolder() {
    WeightPathWorld world = WeightPathWorld.empty();

    Parsed parsed =
        world.parse("org/model", "/etc/passwd", "../up/x.gguf", "~/a/b.gguf", "./a/b.gguf");

    assertThat(parsed.paths())
        .containsExactly("/etc/passwd", "../up/x.gguf", "~/a/b.gguf", "./a/b.gguf");
    assertThat(world.asked())
        .containsExactly(
            "local /etc/passwd", "local ../up/x.gguf", "local ~/a/b.gguf", "local ./a/b.gguf");
  }

  @Test
  void givenALocalFileShapedLikeARepoFile_lookups_neverAskTheRepo() {
    WeightPathWorld world = WeightPathWorld.empty().localFile("models/tiny/w.gguf", "models/tiny");

    Parsed parsed = world.parse("org/model", "models/tiny/w.gguf");

    assertThat(parsed.entries()).containsExactly(new Entry("models/tiny/w.gguf", Place.LOCAL_FILE));
    assertThat(world.asked()).containsExactly("local models/tiny/w.gguf");
  }

  @Test
  void givenAnUnreachableRepo_classify_givesWhyBeforeAnyProblem() {
    WeightPathWorld world = WeightPathWorld.empty().unreachable("org/gated", "offline");

    Either<String, Validation<ConfigError, Parsed>> classified =
        world.classify("", List.of("org/gated/x.gguf", "org/other/y.gguf"));

    assertThat(classified.swap().getOrNull()).as(classified.toString()).isEqualTo("offline");
    assertThat(world.asked())
        .containsExactly("local org/gated/x.gguf", "local org/other/y.gguf", "repo org/gated");
  }

  @Test
  void givenAnEntryThatCannotBeDerived_lookups_askNoRepoOfLaterEntries() {
    WeightPathWorld world = WeightPathWorld.empty();

    ConfigError problem = world.problem("", "file.gguf", "org/other/y.gguf");

    assertThat(problem.code()).isEqualTo(ErrorCode.MODEL_PATH_NOT_DERIVABLE);
    assertThat(world.asked()).noneMatch(q -> q.startsWith("repo"));
  }

  @Test
  void givenUnansweredLookups_classify_refusesToGuess() {
    assertThatThrownBy(
            () ->
                WeightPathParser.classify(
                    "org/model", List.of("w.gguf"), WeightPathAnswers.<String>none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("w.gguf");
  }
}
