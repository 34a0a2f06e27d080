package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.resolution.SmallLlamaCases.*;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.quantization.DtypeCast;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reference §10 cases through {@link ModelConfigResolver}: encoding resolution (§2.3, cases 28-38)
 * and the dtype cast (§2.5).
 */
class ResolverReferenceCasesTest {

  @Test
  void case28_givenQ4kAndAnF32WeightFileWithoutTheCastFlag_resolve_reportsTheInconsistency() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.Q4_K), false, List.of("llama-8b-f32.gguf")),
            repo(Map.of(), "llama-8b-f32.gguf"),
            GPU_HOST);

    assertThat(codes(result)).containsExactly("encoding_inconsistent_with_weights");
    assertThat(result.getError().get(0).message()).contains("float32", "q4_k");
  }

  @Test
  void case29_givenFloat32AndAnF32WeightFileWithTheCastFlag_resolve_acceptsWithoutACast() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.FLOAT32), true, List.of("llama-8b-f32.gguf")),
            repo(Map.of(), "llama-8b-f32.gguf"),
            GPU_HOST);

    assertThat(valid(result).quantizationEncoding()).contains(SupportedEncoding.FLOAT32);
    assertThat(valid(result).dtypeCast()).isEmpty();
    assertThat(valid(result).weightPath()).containsExactly("llama-8b-f32.gguf");
  }

  @Test
  void case30_givenASafetensorsWeightPathAndNoEncoding_resolve_readsItFromTheHeader() {
    // Difference from MAX: MAX demands --quantization-encoding for a local safetensors file;
    // we read the file's header, whose dtype says which encoding it holds.
    var result =
        resolve(
            request(Option.none(), false, List.of("x.safetensors")),
            repo(Map.of("x.safetensors", "BF16")),
            GPU_HOST);

    assertThat(valid(result).quantizationEncoding()).contains(SupportedEncoding.BFLOAT16);
    assertThat(valid(result).provenance().of("quantization_encoding").source())
        .isEqualTo(Source.WEIGHTS);
  }

  @Test
  void case31_givenARepoWithOnlyBfloat16_resolve_choosesIt() {
    var result =
        resolve(
            request(Option.none(), false, List.of()),
            repo(Map.of("model.safetensors", "BF16")),
            GPU_HOST);

    assertThat(valid(result).quantizationEncoding()).contains(SupportedEncoding.BFLOAT16);
  }

  @Test
  void case35_givenBfloat16WithTheCastAndOnlyFloat32Weights_resolve_castsFromFloat32() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.BFLOAT16), true, List.of()),
            repo(
                Map.of(
                    "model-00001-of-00002.safetensors", "F32",
                    "model-00002-of-00002.safetensors", "F32")),
            GPU_HOST);

    assertThat(valid(result).quantizationEncoding()).contains(SupportedEncoding.BFLOAT16);
    assertThat(valid(result).dtypeCast())
        .contains(new DtypeCast(SupportedEncoding.FLOAT32, SupportedEncoding.BFLOAT16));
    assertThat(valid(result).weightPath())
        .containsExactlyInAnyOrder(
            "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors");
  }

  @Test
  void case36_givenBfloat16WithoutTheCastAndOnlyFloat32Weights_resolve_rejects() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.BFLOAT16), false, List.of()),
            repo(Map.of("model.safetensors", "F32")),
            GPU_HOST);

    assertThat(codes(result)).containsExactly("encoding_not_in_repo");
    assertThat(result.getError().get(0).message()).contains("'bfloat16'", "org/llama", "float32");
  }

  @Test
  void case37_givenBfloat16WithTheCastOnCpu_resolve_cannotCastThere() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.BFLOAT16), true, List.of()),
            repo(Map.of("model.safetensors", "F32")),
            CPU_HOST);

    assertThat(codes(result)).containsExactly("dtype_cast_unsupported");
    assertThat(result.getError().get(0).message()).contains("not supported on cpu");
  }

  @Test
  void case38_givenQ4kWithTheCastAndABfloat16WeightFile_resolve_refusesTheCast() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.Q4_K), true, List.of("model.safetensors")),
            repo(Map.of("model.safetensors", "BF16")),
            GPU_HOST);

    assertThat(codes(result)).containsExactly("dtype_cast_unsupported");
    assertThat(result.getError().get(0).message())
        .contains("Only float32 <-> bfloat16 weight casts are supported");
  }
}
