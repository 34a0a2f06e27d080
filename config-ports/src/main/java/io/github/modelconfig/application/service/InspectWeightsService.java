package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.InspectWeightsUseCase;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.WeightsReport;
import io.github.modelconfig.application.port.in.WeightsReport.FileReport;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.RepoListing;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.quantization.QuantizationMethods;
import io.github.modelconfig.domain.quantization.RepoEncodings;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.repo.SafetensorsIndexes;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.SafetensorsIndex;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.collection.Seq;
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

  /**
   * A weight file or index is looked for where it lies first: an existing local file, then its
   * parent (a local folder before the cache and the Hub, which know {@code org/name/file}); only
   * then is the target itself read as a folder or repo id.
   */
  @Override
  public Either<ResolveFailure, WeightsReport> inspect(String target, Revision revision) {
    Option<ConfigError> notWeights = NotAWeightFile.of(target);
    if (notWeights.isDefined()) {
      return Either.left(new ResolveFailure.Invalid(Vector.of(notWeights.get())));
    }
    if (isWeightFile(target)) {
      String name = target.substring(target.lastIndexOf('/') + 1);
      Option<ModelFiles> local = locator.locateFile(target).getOrElse(Option.none());
      if (local.isDefined()) {
        return report(local.get(), Option.of(name));
      }
      Either<RepositoryFailure, ModelFiles> folder =
          locator.locate(new ModelReference(parent(target), revision));
      if (folder.isRight() && folder.get().list().file(name).isDefined()) {
        return report(folder.get(), Option.of(name));
      }
    }
    return locator
        .locate(new ModelReference(target, revision))
        .<ResolveFailure>mapLeft(ResolveFailure.Unavailable::new)
        .flatMap(files -> report(files, Option.none()));
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "." : slash == 0 ? "/" : path.substring(0, slash);
  }

  private static boolean isWeightFile(String path) {
    return WeightsFormat.ofPath(path).isDefined() || SafetensorsIndexes.isIndex(path);
  }

  private Either<ResolveFailure, WeightsReport> report(ModelFiles repo, Option<String> only) {
    RepoListing listing = repo.list();
    List<RepoFile> files =
        listing.files().stream().filter(f -> only.isEmpty() || only.contains(f.path())).toList();
    // config.json's quantization method decides the safetensors' encoding; an unreadable one is
    // left to resolve to report.
    Option<RawModelConfig> config =
        listing.has("config.json")
            ? repo.read("config.json", MetadataReads.MAX_CONFIG_BYTES)
                .flatMap(bytes -> parser.parseJson("config.json", bytes))
                .toOption()
            : Option.none();
    Option<SupportedEncoding> declared = QuantizationMethods.of(config).getOrElse(Option.none());
    Either<ResolveFailure, Seq<FileReport>> reports =
        Either.<RepositoryFailure, FileReport, RepoFile>traverseRight(
                files.stream().filter(f -> f.format().isDefined()).toList(),
                f -> fileReport(repo, f, declared))
            .mapLeft(ResolveFailure.Unavailable::new);
    return reports.flatMap(
        read ->
            Either.<ResolveFailure, SafetensorsIndex, RepoFile>traverseRight(
                    files.stream().filter(f -> SafetensorsIndexes.isIndex(f.path())).toList(),
                    f -> index(repo, f.path()))
                .map(
                    indexes ->
                        weightsReport(
                            listing, files, config, read.asJava(), indexes.asJava(), only)));
  }

  private WeightsReport weightsReport(
      RepoListing listing,
      List<RepoFile> files,
      Option<RawModelConfig> config,
      List<FileReport> reports,
      List<SafetensorsIndex> indexes,
      Option<String> only) {
    Map<String, SafetensorsHeader> safetensors = new LinkedHashMap<>();
    Map<String, GgufMetadata> gguf = new LinkedHashMap<>();
    reports.forEach(
        r -> {
          r.safetensors().forEach(h -> safetensors.put(r.path(), h));
          r.gguf().forEach(g -> gguf.put(r.path(), g));
        });
    List<String> warnings = new ArrayList<>();
    indexes.forEach(
        index -> warnings.addAll(ShardCheck.warnings(index, listing.files(), safetensors, only)));
    ModelSnapshot snapshot =
        new ModelSnapshot(
            listing.repoId(),
            listing.kind(),
            listing.commit(),
            files,
            config,
            Option.none(),
            Option.none(),
            Map.of(),
            safetensors,
            Option.none(),
            gguf,
            Option.none(),
            Map.of());
    RepoEncodings.nameMismatches(snapshot).forEach(w -> warnings.add(w.message()));
    return new WeightsReport(
        listing.repoId(), reports, indexes, RepoEncodings.of(snapshot), warnings);
  }

  private Either<RepositoryFailure, FileReport> fileReport(
      ModelFiles repo, RepoFile file, Option<SupportedEncoding> declared) {
    String path = file.path();
    return file.format().contains(WeightsFormat.GGUF)
        ? OpenedFiles.read(repo, path, inspector::gguf).map(g -> FileReports.gguf(path, g))
        : OpenedFiles.read(repo, path, inspector::safetensors)
            .map(h -> FileReports.safetensors(path, h, declared));
  }

  private Either<ResolveFailure, SafetensorsIndex> index(ModelFiles repo, String path) {
    return repo.read(path, MetadataReads.MAX_CONFIG_BYTES)
        .flatMap(bytes -> parser.parseSafetensorsIndex(path, bytes))
        .<ResolveFailure>mapLeft(ResolveFailure.Unavailable::new)
        .flatMap(
            asWritten ->
                SafetensorsIndexes.located(asWritten)
                    .<ResolveFailure>mapLeft(e -> new ResolveFailure.Invalid(Vector.of(e))));
  }
}
