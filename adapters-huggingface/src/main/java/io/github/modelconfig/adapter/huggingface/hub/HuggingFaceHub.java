package io.github.modelconfig.adapter.huggingface.hub;

import io.github.modelconfig.application.port.out.ModelRepository;

/**
 * Driven-adapter factory: the Hugging Face Hub as a model repository (HTTP, model info, tree, range
 * reads, errors); with {@link HubSettings}, the only public type of this package.
 */
public final class HuggingFaceHub {

  private HuggingFaceHub() {}

  /** Models on the Hub; the HTTP client is created on first use, never in offline mode. */
  public static ModelRepository repository(HubSettings settings) {
    return new HubModelRepository(
        settings, new Lazy<>(() -> new HubApi(new HubHttp(settings, Sleeper.real()))));
  }

  /**
   * Stops the HTTP clients' threads; for a process about to exit (it would otherwise wait ~300 ms
   * for them). Requests made afterwards fail.
   */
  public static void shutdown() {
    Clients.shutdownAll();
  }
}
