package io.github.modelconfig.application.violation;

/** Deliberate violation: a service that reads the environment and prints. */
public final class PortReadsEnvironmentAndPrints {
  public void run() {
    System.out.println(System.getenv("HF_TOKEN"));
  }
}
