package io.github.modelconfig.adapter.huggingface.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.adapter.huggingface.HostileReplies;
import io.github.modelconfig.domain.repo.RepoId;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Option;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HubSettings.parallelism bounds the requests in flight, whatever the callers' threads. */
class InFlightBoundTest {

  static final String INFO =
      "{\"id\":\"org/tiny\",\"sha\":\"" + "a".repeat(40) + "\",\"siblings\":[]}";

  FakeHub hub;
  final AtomicInteger now = new AtomicInteger();
  final AtomicInteger most = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    hub = new FakeHub();
    hub.takeOver(
        "/api/models/org/tiny",
        ex -> {
          most.accumulateAndGet(now.incrementAndGet(), Math::max);
          try {
            Thread.sleep(150);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          now.decrementAndGet();
          HostileReplies.json(INFO).handle(ex);
        });
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  @Test
  void givenEightCallersAndTwoSlots_atMostTwoRequestsReachTheServerAtOnce() throws Exception {
    HubSettings settings = HubSettings.of(hub.endpoint(), Option.none(), false).withLimits(2, 1000);
    HubApi api = new HubApi(new HubHttp(settings, Sleeper.real()));
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> calls = new CopyOnWriteArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(
            callers.submit(
                () ->
                    api.modelInfo(RepoId.parse("org/tiny").get(), new Revision("main")).isRight()));
      }
      for (Future<Boolean> call : calls) {
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> call.get())).isTrue();
      }
    } finally {
      callers.shutdownNow();
    }

    assertThat(most.get()).isEqualTo(2);
  }
}
