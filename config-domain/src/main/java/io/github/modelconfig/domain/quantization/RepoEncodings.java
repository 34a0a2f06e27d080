package io.github.modelconfig.domain.quantization;

import io.github.modelconfig.domain.encoding.FileNameEncoding;
import io.github.modelconfig.domain.encoding.SafetensorsDtypeEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.WeightFiles;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule: the encodings a repo offers (reference §3.4): GGUF files by their header ({@code
 * general.file_type}, else the dominant tensor type) or else by name, safetensors by the dtypes of
 * the headers that were read (else of the Hub's parameter counts), the {@code quantization_config}
 * method adds its encoding; returned in the deterministic {@link
 * SupportedEncoding#PREFERENCE_ORDER}.
 */
public final class RepoEncodings {

  private RepoEncodings() {}

  public static List<SupportedEncoding> of(ModelSnapshot snapshot) {
    Set<SupportedEncoding> found = EnumSet.noneOf(SupportedEncoding.class);
    for (RepoFile file : snapshot.files()) {
      if (file.format().contains(WeightsFormat.GGUF)) {
        ofGguf(snapshot, file).forEach(found::add);
      }
    }
    found.addAll(ofSafetensors(snapshot));
    return SupportedEncoding.PREFERENCE_ORDER.stream().filter(found::contains).toList();
  }

  /**
   * The encodings the safetensors files hold: the {@code quantization_config} method's when
   * config.json declares one (a GPTQ checkpoint's F16 scales and I32 packed weights, or an NVFP4
   * one's F8_E4M3 scales, are parts of that encoding, not encodings of their own), else their
   * header dtypes (else the dtypes the Hub counted parameters of); never a GGUF file's (so q4_k
   * GGUF files beside float32 safetensors do not make the safetensors serve q4_k).
   */
  public static List<SupportedEncoding> ofSafetensors(ModelSnapshot snapshot) {
    Option<SupportedEncoding> declared = declared(snapshot);
    if (declared.isDefined()) {
      return WeightFiles.byFormat(snapshot.files()).containsKey(WeightsFormat.SAFETENSORS)
          ? List.of(declared.get())
          : List.of();
    }
    Set<SupportedEncoding> found = EnumSet.noneOf(SupportedEncoding.class);
    for (SafetensorsHeader header : snapshot.safetensorsHeaders().values()) {
      for (String dtype : header.byDtype().keySet()) {
        SafetensorsDtypeEncoding.of(dtype).forEach(found::add);
      }
    }
    snapshot
        .hubCountsForSafetensors()
        .forEach(
            counts ->
                counts.dtypes().forEach(d -> SafetensorsDtypeEncoding.of(d).forEach(found::add)));
    return SupportedEncoding.PREFERENCE_ORDER.stream().filter(found::contains).toList();
  }

  /** The encoding config.json's quantization_config declares, when it names a supported one. */
  public static Option<SupportedEncoding> declared(ModelSnapshot snapshot) {
    return QuantizationMethods.of(snapshot.config()).getOrElse(Option.none());
  }

  /**
   * The repo's weight files for {@code encoding} by format (reference §6.5): the GGUF files in it,
   * and the safetensors when {@code offered} has it and the safetensors themselves hold it (MAX
   * checks only the repo's encodings, so q4_k GGUF files made float32 safetensors serve q4_k).
   */
  public static Map<WeightsFormat, List<RepoFile>> filesFor(
      ModelSnapshot snapshot, SupportedEncoding encoding, List<SupportedEncoding> offered) {
    List<SupportedEncoding> safetensors =
        ofSafetensors(snapshot).stream().filter(offered::contains).toList();
    return WeightFiles.forEncoding(
        encoding, snapshot.files(), safetensors, f -> ofGguf(snapshot, f));
  }

  /** A GGUF file's encoding: by its header when it was read, else by its name. */
  public static Option<SupportedEncoding> ofGguf(ModelSnapshot snapshot, RepoFile file) {
    GgufMetadata header = snapshot.ggufMetadata().get(file.path());
    if (header != null && header.encoding().isDefined()) {
      return header.encoding();
    }
    return FileNameEncoding.of(file.path());
  }

  /** Warnings for GGUF files whose name implies another encoding than their header. */
  public static List<Warning> nameMismatches(ModelSnapshot snapshot) {
    List<Warning> warnings = new ArrayList<>();
    for (RepoFile file : snapshot.files()) {
      GgufMetadata header = snapshot.ggufMetadata().get(file.path());
      if (header == null) {
        continue;
      }
      Option<SupportedEncoding> byName = FileNameEncoding.of(file.path());
      if (header.encoding().isDefined()
          && byName.isDefined()
          && !byName.equals(header.encoding())) {
        warnings.add(
            new Warning(
                WarningCode.ENCODING_NAME_MISMATCH,
                file.path()
                    + " is named like "
                    + byName.get().wireName()
                    + " but its header says "
                    + header.encoding().get().wireName()
                    + "; using "
                    + header.encoding().get().wireName()
                    + "."));
      }
    }
    return warnings;
  }
}
