package io.github.modelconfig.domain.repo;

import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.weights.ParameterCounts;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.TensorInfo;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test-data builder: a model snapshot with files, safetensors headers and the Hub's counts. */
public final class SnapshotBuilder {

  private final String repoId;
  private final List<RepoFile> files = new ArrayList<>();
  private final Map<String, SafetensorsHeader> headers = new LinkedHashMap<>();
  private Option<ParameterCounts> counts = Option.none();
  private Option<RawModelConfig> config = Option.none();

  private SnapshotBuilder(String repoId) {
    this.repoId = repoId;
  }

  public static SnapshotBuilder repo(String repoId) {
    return new SnapshotBuilder(repoId);
  }

  /** Files of 1 MiB each, no header read. */
  public SnapshotBuilder files(String... paths) {
    for (String path : paths) {
      files.add(RepoFile.of(path, 1L << 20));
    }
    return this;
  }

  /** A listed file whose header was read: one tensor of {@code parameters} {@code dtype}s. */
  public SnapshotBuilder header(String path, String dtype, long parameters) {
    files(path);
    headers.put(
        path,
        new SafetensorsHeader(
            List.of(new TensorInfo("w", dtype, List.of(parameters), 0, parameters * 4)),
            Map.of(),
            64));
    return this;
  }

  /** The Hub's count of the safetensors parameters per dtype. */
  public SnapshotBuilder hubCounts(Map<String, Long> byDtype) {
    counts = Option.of(new ParameterCounts(byDtype));
    return this;
  }

  public SnapshotBuilder config(RawModelConfig value) {
    config = Option.of(value);
    return this;
  }

  public ModelSnapshot build() {
    return new ModelSnapshot(
        repoId,
        RepoKind.HUB,
        Option.none(),
        files,
        config,
        Option.none(),
        Option.none(),
        Map.of(),
        headers,
        Option.none(),
        Map.of(),
        counts,
        Map.of());
  }
}
