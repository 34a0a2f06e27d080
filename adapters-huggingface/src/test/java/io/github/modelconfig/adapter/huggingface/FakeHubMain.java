package io.github.modelconfig.adapter.huggingface;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Test fixture: runs the fake Hub standalone (for benchmarks and manual runs). Arguments: a folder
 * of repos laid out {@code org/name/…}, the added latency per request in ms, and a file that gets
 * the endpoint URL once the server listens, and optionally {@code no-counts} (model info without
 * the {@code safetensors} parameter counts). Prints the request log to stdout on {@code SIGTERM}.
 * As a server for many clients: replies without Nagle's delay (TCP_NODELAY, which the JDK's server
 * leaves off unless {@code sun.net.httpserver.nodelay} is set) and a listen backlog of {@link
 * #BACKLOG}. Example: {@code java -cp … FakeHubMain repos 50 endpoint.txt}.
 */
public final class FakeHubMain {

  /** Connections queued before accept, as a server for a batch of clients would allow. */
  static final int BACKLOG = 1024;

  private FakeHubMain() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    Path root = Path.of(args[0]);
    FakeHub hub = new FakeHub(BACKLOG).latency(Long.parseLong(args.length > 1 ? args[1] : "0"));
    if (args.length > 3 && args[3].equals("no-counts")) {
      hub.withoutSafetensorsInInfo();
    }
    try (Stream<Path> orgs = Files.list(root)) {
      for (Path org : orgs.filter(Files::isDirectory).toList()) {
        try (Stream<Path> names = Files.list(org)) {
          for (Path repo : names.filter(Files::isDirectory).toList()) {
            hub.add(org.getFileName() + "/" + repo.getFileName(), repo);
          }
        }
      }
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  hub.requests().forEach(System.out::println);
                  System.out.flush();
                }));
    Path endpointFile = Path.of(args.length > 2 ? args[2] : "fake-hub-endpoint.txt");
    Files.writeString(endpointFile, hub.endpoint().toString());
    Thread.currentThread().join();
  }
}
