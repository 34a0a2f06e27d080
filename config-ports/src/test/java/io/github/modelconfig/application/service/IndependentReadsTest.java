package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.out.ReadCost;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IndependentReadsTest {

  @Test
  void givenLocalReads_start_runsEachOnlyWhenAskedOnTheAskingThreadAndOnce() {
    List<String> ran = new CopyOnWriteArrayList<>();
    IndependentReads reads = IndependentReads.forCost(ReadCost.LOCAL);

    reads.start(() -> record(ran, "first"));
    Supplier<String> second = reads.start(() -> record(ran, "second"));
    List<String> beforeAsking = List.copyOf(ran);
    String secondResult = second.get();
    second.get();

    assertThat(beforeAsking).isEmpty();
    assertThat(secondResult).isEqualTo("second@" + Thread.currentThread().getName());
    assertThat(ran).containsExactly("second@" + Thread.currentThread().getName());
  }

  @Test
  void givenRemoteReads_start_runsThemAllAtOnceOffTheCaller() {
    int reads = 6;
    Thread caller = Thread.currentThread();
    CountDownLatch allStarted = new CountDownLatch(reads);
    IndependentReads remote = IndependentReads.forCost(ReadCost.ROUND_TRIP);
    List<Supplier<Boolean>> started = new ArrayList<>();

    for (int i = 0; i < reads; i++) {
      started.add(
          remote.start(
              () -> {
                allStarted.countDown();
                return await(allStarted) && Thread.currentThread() != caller;
              }));
    }

    assertThat(started).allSatisfy(read -> assertThat(read.get()).isTrue());
  }

  @Test
  void givenMoreRemoteReadsThanThreads_start_runsAtMostTheBoundAtOnce() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    IndependentReads remote = IndependentReads.forCost(ReadCost.ROUND_TRIP);
    List<Supplier<Integer>> started = new ArrayList<>();

    for (int i = 0; i < 2 * MetadataPool.THREADS; i++) {
      started.add(
          remote.start(
              () -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(20);
                return running.decrementAndGet();
              }));
    }
    started.forEach(Supplier::get);

    assertThat(most.get()).isBetween(2, MetadataPool.THREADS);
  }

  private static String record(List<String> ran, String name) {
    String entry = name + "@" + Thread.currentThread().getName();
    ran.add(entry);
    return entry;
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
