package io.github.modelconfig.adapter.huggingface.hub;

import java.net.URI;

/**
 * Rule: a URL as messages may show it: credentials in it ({@code http://user:secret@host}) are
 * replaced by {@code ***}, the query (a CDN's signature) is dropped.
 */
final class Redacted {

  private Redacted() {}

  static String uri(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme() + "://";
    String host = uri.getHost() == null ? "" : uri.getHost();
    if (uri.getHost() == null) {
      // not a server URL: keep only what cannot hold credentials
      return scheme + "<unparsable address>";
    }
    String user = uri.getRawUserInfo() == null ? "" : "***@";
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return scheme + user + host + port + path;
  }

  /** {@code scheme://host[:port]} without credentials. */
  static String origin(URI uri) {
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return uri.getScheme() + "://" + uri.getHost() + port;
  }
}
