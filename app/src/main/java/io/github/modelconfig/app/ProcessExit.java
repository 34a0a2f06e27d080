package io.github.modelconfig.app;

import io.github.modelconfig.adapter.huggingface.hub.HuggingFaceHub;

/**
 * Composition: what a process does before {@code System.exit}: stops the Hub client's selector
 * threads, which would otherwise hold the JVM's exit ~300 ms on JDK 17 (HotSpot waits for threads
 * in native code).
 */
public final class ProcessExit {

  private ProcessExit() {}

  /** Releases the adapters' threads; the application must not be used afterwards. */
  public static void prepare() {
    HuggingFaceHub.shutdown();
  }
}
