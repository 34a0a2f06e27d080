package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.InspectWeightsUseCase;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.WeightsReport;
import io.github.modelconfig.application.port.in.WeightsReport.FileReport;
import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.encoding.SafetensorsDtypeEncoding;
import io.github.modelconfig.domain.quantization.RepoEncodings;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.repo.SafetensorsIndexes;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Service: inspects weight headers: every weight file of a folder or repo, or one file (found by
 * opening its parent folder), plus sharded safetensors indexes checked against the shards.
 */
public final class InspectWeightsService implements InspectWeightsUseCase {

  private final ModelLocator locator;
  private final ModelFileParser parser;
  private final WeightsInspector inspector;

  public InspectWeightsService(
      List<ModelRepository> repositories, ModelFileParser parser, WeightsInspector inspector) {
    this.locator = new ModelLocator(repositories);
    this.parser = parser;
    this.inspector = inspector;
  }

  @Override
  public Either<ResolveFailure, WeightsReport> inspect(String target, String revision) {
    Either<RepositoryFailure, ModelFiles> repo =
        locator.locate(new ModelReference(target, revision));
    Option<String> only = Option.none();
    int slash = target.lastIndexOf('/');
    if (repo.isLeft() && isWeightFile(target)) {
      String parent = slash < 0 ? "." : slash == 0 ? "/" : target.substring(0, slash);
      Either<RepositoryFailure, ModelFiles> folder =
          locator.locate(new ModelReference(parent, revision));
      if (folder.isRight()) {
        repo = folder;
        only = Option.of(target.substring(slash + 1));
      }
    }
    Option<String> file = only;
    return repo.<ResolveFailure>mapLeft(ResolveFailure.Unavailable::new)
        .flatMap(files -> report(files, file));
  }

  private static boolean isWeightFile(String path) {
    return WeightsFormat.ofPath(path).isDefined() || SafetensorsIndexes.isIndex(path);
  }

  private Either<ResolveFailure, WeightsReport> report(ModelFiles repo, Option<String> only) {
    List<RepoFile> files =
        repo.list().stream().filter(f -> only.isEmpty() || only.contains(f.path())).toList();
    Map<String, SafetensorsHeader> safetensors = new LinkedHashMap<>();
    Map<String, GgufMetadata> gguf = new LinkedHashMap<>();
    List<FileReport> reports = new ArrayList<>();
    for (RepoFile f : files) {
      if (f.format().isEmpty()) {
        continue;
      }
      WeightsFormat format = f.format().get();
      Either<RepositoryFailure, FileReport> report =
          repo.open(f.path())
              .flatMap(
                  source -> {
                    try (ByteSource s = source) {
                      return format == WeightsFormat.GGUF
                          ? inspector.gguf(s).map(g -> ggufReport(f.path(), g))
                          : inspector.safetensors(s).map(h -> safetensorsReport(f.path(), h));
                    }
                  });
      if (report.isLeft()) {
        return Either.left(new ResolveFailure.Unavailable(report.getLeft()));
      }
      reports.add(report.get());
      report.get().gguf().forEach(g -> gguf.put(f.path(), g));
      report.get().safetensors().forEach(h -> safetensors.put(f.path(), h));
    }
    List<String> warnings = new ArrayList<>();
    List<SafetensorsIndex> indexes = new ArrayList<>();
    for (RepoFile f : files) {
      if (SafetensorsIndexes.isIndex(f.path())) {
        Either<ResolveFailure, SafetensorsIndex> index = index(repo, f.path());
        if (index.isLeft()) {
          return Either.left(index.getLeft());
        }
        indexes.add(index.get());
        warnings.addAll(ShardCheck.warnings(index.get(), repo.list(), safetensors, only));
      }
    }
    ModelSnapshot snapshot =
        new ModelSnapshot(
            repo.repoId(),
            repo.kind(),
            repo.commit(),
            files,
            Option.none(),
            Option.none(),
            Option.none(),
            Map.of(),
            safetensors,
            Option.none(),
            gguf);
    RepoEncodings.nameMismatches(snapshot).forEach(w -> warnings.add(w.message()));
    return Either.right(
        new WeightsReport(repo.repoId(), reports, indexes, RepoEncodings.of(snapshot), warnings));
  }

  private Either<ResolveFailure, SafetensorsIndex> index(ModelFiles repo, String path) {
    return repo.read(path, SnapshotLoader.MAX_CONFIG_BYTES)
        .flatMap(bytes -> parser.parseJson(path, bytes))
        .<ResolveFailure>mapLeft(ResolveFailure.Unavailable::new)
        .flatMap(
            json ->
                SafetensorsIndexes.parse(path, json)
                    .<ResolveFailure>mapLeft(e -> new ResolveFailure.Invalid(Vector.of(e))));
  }

  private static FileReport ggufReport(String path, GgufMetadata g) {
    return new FileReport(path, WeightsFormat.GGUF, Option.none(), Option.of(g), g.encoding());
  }

  private static FileReport safetensorsReport(String path, SafetensorsHeader h) {
    Option<String> dominant =
        Option.ofOptional(
            h.parametersByDtype().entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey));
    return new FileReport(
        path,
        WeightsFormat.SAFETENSORS,
        Option.of(h),
        Option.none(),
        dominant.flatMap(SafetensorsDtypeEncoding::of));
  }
}
