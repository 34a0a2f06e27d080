package io.github.modelconfig.domain.quantization;

import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.device.DeviceType;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.provenance.Origin;
import io.github.modelconfig.domain.provenance.Source;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Rule: chooses the quantization encoding (reference §2.3). Given by the user: checked against the
 * first weight file, or against the repo's files, with the float32 <-> bfloat16 cast when allowed.
 * Not given: the first weight file's; else the repo's only one; else, on GPU, the first in the
 * deterministic preference order that runs there; else the architecture's default.
 */
public final class EncodingChoice {

  /** Value: what the choice works from. */
  public record Inputs(
      Option<SupportedEncoding> requested,
      boolean castAllowed,
      boolean weightPathGiven,
      Option<SupportedEncoding> firstWeightFile,
      List<SupportedEncoding> offered,
      Predicate<SupportedEncoding> hasFiles,
      DeviceSpec defaultDevice,
      SupportedEncoding architectureDefault,
      String weightsRepoId) {

    public Inputs {
      Objects.requireNonNull(requested, "requested");
      Objects.requireNonNull(firstWeightFile, "firstWeightFile");
      offered = List.copyOf(offered);
      Objects.requireNonNull(hasFiles, "hasFiles");
      Objects.requireNonNull(defaultDevice, "defaultDevice");
      Objects.requireNonNull(architectureDefault, "architectureDefault");
      Objects.requireNonNull(weightsRepoId, "weightsRepoId");
    }
  }

  /** Value: the chosen encoding, where it came from, and the cast to apply when loading. */
  public record Decision(SupportedEncoding encoding, Origin origin, Option<DtypeCast> cast) {}

  private EncodingChoice() {}

  public static Validation<ConfigError, Decision> choose(Inputs in) {
    return in.requested().isDefined() ? given(in, in.requested().get()) : inferred(in);
  }

  private static Validation<ConfigError, Decision> given(Inputs in, SupportedEncoding e) {
    Origin user = Origin.of(Source.USER, "--quantization-encoding");
    if (in.weightPathGiven()) {
      if (in.firstWeightFile().isEmpty()) {
        return Validation.valid(new Decision(e, user, Option.none()));
      }
      SupportedEncoding f = in.firstWeightFile().get();
      if (in.castAllowed()) {
        // MAX casts from the requested encoding to the file's, which then becomes the encoding.
        return DtypeCasts.resolve(e, f, in.defaultDevice())
            .map(cast -> new Decision(cast.isDefined() ? f : e, user, cast));
      }
      return f == e
          ? Validation.valid(new Decision(e, user, Option.none()))
          : Validation.invalid(inconsistent(e, f));
    }
    if (in.castAllowed()) {
      Option<SupportedEncoding> source =
          Option.ofOptional(
              in.offered().stream().filter(DtypeCasts::castable).filter(in.hasFiles()).findFirst());
      if (source.isDefined()) {
        return DtypeCasts.resolve(source.get(), e, in.defaultDevice())
            .map(cast -> new Decision(e, user, cast));
      }
      return Validation.valid(new Decision(e, user, Option.none()));
    }
    if (!in.offered().isEmpty() && !in.hasFiles().test(e)) {
      return Validation.invalid(notInRepo(in, e));
    }
    return Validation.valid(new Decision(e, user, Option.none()));
  }

  private static Validation<ConfigError, Decision> inferred(Inputs in) {
    if (in.weightPathGiven()) {
      return in.firstWeightFile()
          .map(
              f ->
                  Validation.<ConfigError, Decision>valid(
                      new Decision(f, Origin.of(Source.WEIGHTS, "the weight file"), Option.none())))
          .getOrElse(() -> Validation.invalid(cannotInfer()));
    }
    List<SupportedEncoding> offered = in.offered();
    if (offered.size() == 1) {
      return Validation.valid(
          new Decision(
              offered.get(0),
              Origin.of(Source.WEIGHTS, "the only encoding in the weights"),
              Option.none()));
    }
    if (offered.size() > 1 && in.defaultDevice().isGpu()) {
      return Option.ofOptional(
              offered.stream().filter(e -> e.supportedOn(DeviceType.GPU)).findFirst())
          .map(
              best ->
                  Validation.<ConfigError, Decision>valid(
                      new Decision(
                          best,
                          Origin.of(Source.WEIGHTS, "GPU preference among " + names(offered)),
                          Option.none())))
          .getOrElse(() -> Validation.invalid(noneRunsOnGpu(in)));
    }
    return Validation.valid(
        new Decision(
            in.architectureDefault(),
            Origin.of(Source.ARCHITECTURE, "default_encoding"),
            Option.none()));
  }

  private static ConfigError inconsistent(SupportedEncoding given, SupportedEncoding file) {
    return new ConfigError(
        ErrorCode.ENCODING_INCONSISTENT_WITH_WEIGHTS,
        "quantization_encoding",
        "weight_path's first file is "
            + file.wireName()
            + " but quantization_encoding is "
            + given.wireName()
            + ".",
        "Use --quantization-encoding "
            + file.wireName()
            + ", point --weight-path at "
            + given.wireName()
            + " files, or (float32 <-> bfloat16 only) add "
            + "--allow-safetensors-weights-fp32-bf6-bidirectional-cast.");
  }

  private static ConfigError notInRepo(Inputs in, SupportedEncoding e) {
    return new ConfigError(
        ErrorCode.ENCODING_NOT_IN_REPO,
        "quantization_encoding",
        "quantization_encoding '"
            + e.wireName()
            + "' is not supported by the repo '"
            + in.weightsRepoId()
            + "', which offers "
            + names(in.offered())
            + ".",
        "Use --quantization-encoding "
            + in.offered().get(0).wireName()
            + ", or point --weight-path at files in that encoding.");
  }

  private static ConfigError cannotInfer() {
    return new ConfigError(
        ErrorCode.ENCODING_NOT_INFERABLE,
        "quantization_encoding",
        "the encoding cannot be inferred from the first weight file.",
        "Pass --quantization-encoding explicitly.");
  }

  private static ConfigError noneRunsOnGpu(Inputs in) {
    return new ConfigError(
        ErrorCode.NO_ENCODING_FOR_DEVICE,
        "quantization_encoding",
        "the repo '"
            + in.weightsRepoId()
            + "' offers "
            + names(in.offered())
            + ", none of which runs on "
            + in.defaultDevice()
            + ".",
        "Run on the CPU (--devices cpu), or use a repo with weights that run on GPU.");
  }

  private static String names(List<SupportedEncoding> encodings) {
    return String.join(", ", encodings.stream().map(SupportedEncoding::wireName).toList());
  }
}
