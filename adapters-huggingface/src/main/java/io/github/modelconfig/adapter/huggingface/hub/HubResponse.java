package io.github.modelconfig.adapter.huggingface.hub;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * Value: one HTTP reply from the Hub or its CDN: status, headers, the body as far as it was read,
 * the URL that gave it, and whether the server had more to send than was read ({@code cut}).
 */
record HubResponse(int status, HttpHeaders headers, byte[] body, URI uri, boolean cut) {

  Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  boolean isRedirect() {
    return status >= 300 && status < 400 && header("Location").isPresent();
  }
}
