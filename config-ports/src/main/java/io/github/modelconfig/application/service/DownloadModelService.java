package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.DownloadModelUseCase;
import io.github.modelconfig.application.port.in.DownloadProgress;
import io.github.modelconfig.application.port.in.DownloadQuery;
import io.github.modelconfig.application.port.in.DownloadReport;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.domain.memory.FitCheck;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.repo.RuntimeFiles;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Service: {@code download} is resolve, then fetch: the request is resolved as {@code resolve}
 * would (a misfit on this machine only warns), then exactly the files a runtime needs from that
 * resolution ({@link RuntimeFiles}: configs, tokenizer, the resolved weights and their index; the
 * draft model's too) are fetched from the listings the resolution read into the shared cache.
 */
public final class DownloadModelService implements DownloadModelUseCase {

  private final List<ModelRepository> sources;
  private final Function<List<ModelRepository>, ResolveModelConfigUseCase> resolvers;
  private final ModelCache cache;
  private final int parallelism;

  /**
   * {@code sources}: where models are found (local folders, then the Hub: a download asks the Hub
   * for the revision's commit rather than trusting a cached ref); {@code resolvers}: a resolver
   * over given repositories.
   */
  public DownloadModelService(
      List<ModelRepository> sources,
      Function<List<ModelRepository>, ResolveModelConfigUseCase> resolvers,
      ModelCache cache,
      int parallelism) {
    this.sources = List.copyOf(sources);
    this.resolvers = resolvers;
    this.cache = cache;
    this.parallelism = Math.max(1, parallelism);
  }

  @Override
  public Either<ResolveFailure, DownloadReport> download(
      DownloadQuery query, DownloadProgress progress) {
    FoundRepos found = new FoundRepos(sources);
    return resolvers
        .apply(found.repositories())
        .resolve(query.resolve().withFit(FitCheck.ADVISORY))
        .flatMap(
            config ->
                new BlobFetch(cache, parallelism)
                    .fetch(plan(config, found), query.verify(), progress)
                    .<ResolveFailure>mapLeft(ResolveFailure.Unavailable::new)
                    .map(repos -> new DownloadReport(config, repos)));
  }

  /** The files of each Hub repo the resolution (and its draft's) read, by repo id. */
  private static List<BlobFetch.RepoPlan> plan(ResolvedModelConfig config, FoundRepos found) {
    Map<String, BlobFetch.RepoPlan> plans = new LinkedHashMap<>();
    List<ResolvedModelConfig> configs = new ArrayList<>(List.of(config));
    config.draftModel().forEach(configs::add);
    for (ResolvedModelConfig c : configs) {
      String model = c.huggingfaceModelRepo().repoId();
      String weights = c.weightsRepoId().filter(id -> !id.isEmpty()).getOrElse(model);
      boolean force = c.request().forceDownload();
      for (ModelFiles files : found.hubRepo(model)) {
        add(plans, model, files, c.request().huggingfaceModelRevision(), force)
            .addAll(RuntimeFiles.of(files.list().files()));
      }
      for (ModelFiles files : found.hubRepo(weights)) {
        Revision revision =
            weights.equals(model)
                ? c.request().huggingfaceModelRevision()
                : c.request().huggingfaceWeightRevision();
        add(plans, weights, files, revision, force)
            .addAll(RuntimeFiles.weights(files.list().files(), c.weightPath()));
      }
    }
    return List.copyOf(plans.values());
  }

  private static Set<String> add(
      Map<String, BlobFetch.RepoPlan> plans,
      String repoId,
      ModelFiles files,
      Revision revision,
      boolean force) {
    BlobFetch.RepoPlan plan =
        plans.computeIfAbsent(
            repoId, id -> new BlobFetch.RepoPlan(files, revision, new TreeSet<>(), force));
    return plan.paths();
  }
}
