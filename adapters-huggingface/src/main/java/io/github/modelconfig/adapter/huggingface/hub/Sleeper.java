package io.github.modelconfig.adapter.huggingface.hub;

import java.time.Duration;

/** Driven-adapter seam: waits between retries (a test records the waits instead). */
interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  static Sleeper real() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
