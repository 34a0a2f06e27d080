package io.github.modelconfig.domain.model;

import io.github.modelconfig.domain.encoding.FileNameEncoding;
import io.github.modelconfig.domain.encoding.SafetensorsDtypeEncoding;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.TensorInfo;
import io.github.modelconfig.domain.weights.WeightsFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rule: the encodings a repo offers (reference §3.4): GGUF files by name, safetensors by the dtypes
 * of the headers that were read, {@code config.json} {@code quantization_config} adds its encoding
 * ({@link QuantizationConfigEncoding}); returned in the deterministic {@link
 * SupportedEncoding#PREFERENCE_ORDER}.
 */
public final class RepoEncodings {

  private RepoEncodings() {}

  public static List<SupportedEncoding> of(ModelSnapshot snapshot) {
    Set<SupportedEncoding> found = EnumSet.noneOf(SupportedEncoding.class);
    for (RepoFile file : snapshot.files()) {
      if (file.format().contains(WeightsFormat.GGUF)) {
        FileNameEncoding.of(file.path()).forEach(found::add);
      }
    }
    for (SafetensorsHeader header : snapshot.safetensorsHeaders().values()) {
      for (TensorInfo tensor : header.tensors()) {
        SafetensorsDtypeEncoding.of(tensor.dtype()).forEach(found::add);
      }
    }
    QuantizationConfigEncoding.of(snapshot).toOption().flatMap(e -> e).forEach(found::add);
    return SupportedEncoding.PREFERENCE_ORDER.stream().filter(found::contains).toList();
  }
}
