package io.github.modelconfig.adapter.huggingface.hub;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.domain.repo.RepoId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Supplier;

/**
 * Driven adapter: models on the Hub. One model-info request resolves the revision to a commit and
 * lists the files with sizes; the tree listing is asked only when the sizes are missing. In offline
 * mode it answers "offline" without opening a socket.
 */
final class HubModelRepository implements ModelRepository {

  private final HubSettings settings;
  private final Supplier<HubApi> api;

  HubModelRepository(HubSettings settings, Supplier<HubApi> api) {
    this.settings = settings;
    this.api = api;
  }

  @Override
  public Either<RepositoryFailure, Option<ModelFiles>> find(ModelReference reference) {
    Option<RepoId> repoId = reference.repoId();
    if (repoId.isEmpty()) {
      return Either.right(Option.none());
    }
    if (settings.offline()) {
      return Either.left(
          new RepositoryFailure.Offline(
              "Model '"
                  + reference.id()
                  + "' at revision '"
                  + reference.revision()
                  + "' is not in the Hugging Face cache, and offline mode is on.",
              "Download it first ('modelconfig download "
                  + reference.id()
                  + "'), or drop --offline / HF_HUB_OFFLINE."));
    }
    HubApi hub = api.get();
    return hub.modelInfo(repoId.get(), reference.revision())
        .flatMap(
            info ->
                info.hasSizes()
                    ? Either.right(new HubModelFiles(hub, reference.id(), info, info.files()))
                    : hub.tree(info.id(), info.commit())
                        .map(tree -> new HubModelFiles(hub, reference.id(), info, tree)))
        .map(Option::of);
  }
}
