package io.github.modelconfig.adapter.huggingface.hub;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * Driven-adapter helper: the HTTP clients, one per scheme, each built on first use: {@code http://}
 * gets a client without TLS (the JDK's client would otherwise load the TLS provider and trust
 * store, ~150 ms, for nothing), {@code https://} the default one. Redirects are followed by hand.
 */
final class Clients {

  /** Every client this process built, so that {@link #shutdownAll} can stop them at exit. */
  private static final List<HttpClient> BUILT = new CopyOnWriteArrayList<>();

  private final Lazy<HttpClient> plain;
  private final Lazy<HttpClient> tls;

  Clients(Duration connectTimeout) {
    plain = new Lazy<>(() -> build(connectTimeout, false));
    tls = new Lazy<>(() -> build(connectTimeout, true));
  }

  HttpClient of(URI uri) {
    return "https".equalsIgnoreCase(uri.getScheme()) ? tls.get() : plain.get();
  }

  private static HttpClient build(Duration connectTimeout, boolean secure) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(secure ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
    if (!secure) {
      builder.sslContext(new NoTls()).sslParameters(new SSLParameters());
    }
    HttpClient client = builder.build();
    BUILT.add(client);
    return client;
  }

  /**
   * Stops every client's selector thread, so the JVM exits at once: a thread blocked in {@code
   * epoll_wait} is "in native", and HotSpot's exit waits up to 300 ms for such threads
   * (vmOperations.cpp, {@code VM_Exit::wait_for_threads_in_native_to_block}). JDK 21+: {@code
   * HttpClient.shutdownNow()}; JDK 17 has no such method, so its selector threads ({@code
   * HttpClient-N-SelectorManager}) are interrupted, which ends their loop.
   */
  static void shutdownAll() {
    if (BUILT.isEmpty()) {
      return;
    }
    for (HttpClient client : BUILT) {
      try {
        HttpClient.class.getMethod("shutdownNow").invoke(client);
      } catch (ReflectiveOperationException | RuntimeException beforeJdk21) {
        // JDK 17: interrupted below
      }
    }
    BUILT.clear();
    List<Thread> selectors = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager")) {
        t.interrupt();
        selectors.add(t);
      }
    }
    for (Thread t : selectors) {
      try {
        t.join(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** A TLS context that refuses to be used: the plain client never opens a TLS connection. */
  private static final class NoTls extends SSLContext {
    NoTls() {
      super(new Refusing(), null, "none");
    }
  }

  private static final class Refusing extends SSLContextSpi {
    private static UnsupportedOperationException refused() {
      return new UnsupportedOperationException("TLS on the http:// client");
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) {
      throw refused();
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      throw refused();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      throw refused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      throw refused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      throw refused();
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      throw refused();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      throw refused();
    }
  }
}
