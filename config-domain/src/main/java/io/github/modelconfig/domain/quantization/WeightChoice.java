package io.github.modelconfig.domain.quantization;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.collection.Vector;
import java.util.List;
import java.util.Map;

/**
 * Rule: the weight files to load (reference §6.5): those the user named, else the repo's files for
 * the encoding (or for the cast's source encoding) in the architecture's default format when it has
 * some, else in the first format found. Warns about GGUF files whose name and header disagree.
 */
public final class WeightChoice {

  private WeightChoice() {}

  public static Checked<List<RepoFile>> choose(
      List<String> weightPath,
      ModelSnapshot weights,
      EncodingChoice.Decision decision,
      List<SupportedEncoding> offered,
      WeightsFormat defaultFormat) {
    return files(weightPath, weights, decision, offered, defaultFormat)
        .warn(RepoEncodings.nameMismatches(weights));
  }

  private static Checked<List<RepoFile>> files(
      List<String> weightPath,
      ModelSnapshot weights,
      EncodingChoice.Decision decision,
      List<SupportedEncoding> offered,
      WeightsFormat defaultFormat) {
    if (!weightPath.isEmpty()) {
      // every entry is in the snapshot: WeightPathChecks checked
      return Checked.valid(weightPath.stream().map(p -> weights.file(p).get()).toList());
    }
    SupportedEncoding encoding = decision.encoding();
    Map<WeightsFormat, List<RepoFile>> files = RepoEncodings.filesFor(weights, encoding, offered);
    if (files.isEmpty() && decision.cast().isDefined()) {
      files = RepoEncodings.filesFor(weights, decision.cast().get().from(), offered);
    }
    List<RepoFile> chosen =
        files.getOrDefault(defaultFormat, files.values().stream().findFirst().orElse(List.of()));
    if (!chosen.isEmpty()) {
      return Checked.valid(chosen);
    }
    return Checked.invalid(
        Vector.of(
            new ConfigError(
                ErrorCode.NO_COMPATIBLE_WEIGHTS,
                "weight_path",
                "compatible weights cannot be found for '"
                    + encoding.wireName()
                    + "' in the repo '"
                    + weights.repoId()
                    + "'.",
                "Add safetensors or GGUF weights in that encoding, or pass --weight-path.")));
  }
}
