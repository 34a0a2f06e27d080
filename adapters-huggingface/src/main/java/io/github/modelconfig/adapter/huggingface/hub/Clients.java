package io.github.modelconfig.adapter.huggingface.hub;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
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
    return builder.build();
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
