package io.github.modelconfig.domain.repo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.WeightPathParser.Entry;
import io.github.modelconfig.domain.repo.WeightPathParser.Place;
import io.vavr.control.Option;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reference §10 cases 14-21 and 25-27: weight-path parsing (§6.1). */
class WeightPathParserTest {

  /** A world with these local files and these {@code repo/file} entries on the Hub. */
  private static WeightPathParser.Lookups world(Set<String> local, Set<String> hub) {
    return new WeightPathParser.Lookups() {
      @Override
      public boolean isLocalFile(String path) {
        return local.contains(path);
      }

      @Override
      public boolean repoHasFile(String repoId, String path) {
        return hub.contains(repoId + "/" + path);
      }
    };
  }

  private static final WeightPathParser.Lookups NOTHING = world(Set.of(), Set.of());

  @Test
  void case14_givenAPlainFileName_parse_keepsItForTheModelRepo() {
    var parsed = WeightPathParser.parse("org1/model1", List.of("weights.safetensors"), NOTHING);

    assertThat(parsed.get().entries())
        .containsExactly(new Entry("weights.safetensors", Place.MODEL_REPO));
    assertThat(parsed.get().repoId()).isEmpty();
  }

  @Test
  void case15_givenThePathPrefixedWithTheModelRepo_parse_stripsThePrefix() {
    var parsed =
        WeightPathParser.parse(
            "organization/model-name",
            List.of("organization/model-name/weights.safetensors"),
            NOTHING);

    assertThat(parsed.get().paths()).containsExactly("weights.safetensors");
    assertThat(parsed.get().repoId()).isEmpty();
  }

  @Test
  void case16_givenAFileOfAnotherRepoOnTheHub_parse_recordsThatRepo() {
    var parsed =
        WeightPathParser.parse(
            "org1/model1",
            List.of("org2/model2/sub/nested/w.safetensors"),
            world(Set.of(), Set.of("org2/model2/sub/nested/w.safetensors")));

    assertThat(parsed.get().entries())
        .containsExactly(new Entry("sub/nested/w.safetensors", Place.OTHER_REPO));
    assertThat(parsed.get().repoId()).contains("org2/model2");
  }

  @Test
  void case17_givenAFileAbsentFromTheOtherRepo_parse_keepsThePathUnchanged() {
    var parsed =
        WeightPathParser.parse(
            "org1/model1", List.of("org2/model2/sub/nested/w.safetensors"), NOTHING);

    assertThat(parsed.get().paths()).containsExactly("org2/model2/sub/nested/w.safetensors");
    assertThat(parsed.get().repoId()).isEmpty();
  }

  @Test
  void case18_case27_givenNoModelPathAndNoRepoInThePath_parse_cannotDeriveTheModel() {
    for (String path : List.of("just/filename.safetensors", "file.gguf")) {
      var parsed = WeightPathParser.parse("", List.of(path), NOTHING);

      assertThat(parsed.getError().code()).isEqualTo(ErrorCode.MODEL_PATH_NOT_DERIVABLE);
      assertThat(parsed.getError().field()).isEqualTo("weight_path");
      assertThat(parsed.getError().message()).contains(path);
    }
  }

  @Test
  void case19_givenATwoPiecePathAndAModel_parse_keepsIt() {
    var parsed =
        WeightPathParser.parse("valid/model", List.of("just/filename.safetensors"), NOTHING);

    assertThat(parsed.get().paths()).containsExactly("just/filename.safetensors");
    assertThat(parsed.get().repoId()).isEmpty();
  }

  @Test
  void case20_givenALocalAndARemoteFile_parse_keepsBothAndRecordsTheRemoteRepo() {
    var parsed =
        WeightPathParser.parse(
            "org1/model1",
            List.of("local.safetensors", "org2/model2/remote.safetensors"),
            world(Set.of("local.safetensors"), Set.of("org2/model2/remote.safetensors")));

    assertThat(parsed.get().entries())
        .containsExactly(
            new Entry("local.safetensors", Place.LOCAL_FILE),
            new Entry("remote.safetensors", Place.OTHER_REPO));
    assertThat(parsed.get().repoId()).contains("org2/model2");
  }

  @Test
  void case21_givenNoWeightPath_parse_isEmpty() {
    var parsed = WeightPathParser.parse("test/model", List.of(), NOTHING);

    assertThat(parsed.get().entries()).isEmpty();
    assertThat(parsed.get().repoId()).isEqualTo(Option.none());
  }

  @Test
  void case25_givenOnlyARemoteGgufPath_parse_namesTheRepoToUseAsModelPath() {
    var parsed =
        WeightPathParser.parse(
            "",
            List.of("modularai/Llama-3.1-8B-Instruct-GGUF/llama-3.1-8b-instruct-q4_0.gguf"),
            world(
                Set.of(),
                Set.of("modularai/Llama-3.1-8B-Instruct-GGUF/llama-3.1-8b-instruct-q4_0.gguf")));

    assertThat(parsed.get().paths()).containsExactly("llama-3.1-8b-instruct-q4_0.gguf");
    assertThat(parsed.get().repoId()).contains("modularai/Llama-3.1-8B-Instruct-GGUF");
  }

  @Test
  void givenAnAbsolutePathThatIsNoLocalFile_parse_neverAsksForARepoNamedLikeAFolder() {
    WeightPathParser.Lookups everywhere =
        new WeightPathParser.Lookups() {
          @Override
          public boolean isLocalFile(String path) {
            return false;
          }

          @Override
          public boolean repoHasFile(String repoId, String path) {
            throw new AssertionError("asked repo " + repoId);
          }
        };

    var parsed =
        WeightPathParser.parse(
            "org/model", List.of("/etc/passwd", "../up/x.gguf", "~/a/b.gguf"), everywhere);

    assertThat(parsed.get().paths()).containsExactly("/etc/passwd", "../up/x.gguf", "~/a/b.gguf");
  }
}
