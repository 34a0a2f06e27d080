package io.github.modelconfig.adapter.huggingface.hub;

import io.github.modelconfig.application.port.out.RepositoryFailure;

/** Rule: what a range reply that does not hold the asked bytes says about the server. */
final class RangeFailures {

  private RangeFailures() {}

  static RepositoryFailure of(
      HubResponse response, String name, long offset, int length, HubErrors.Target target) {
    String server = Redacted.origin(response.uri());
    String bytes = "bytes " + offset + "-" + (offset + length - 1) + " of " + name;
    if (response.status() == 200 && response.cut()) {
      return new RepositoryFailure.Transport(
          "The server at "
              + server
              + " ignored the Range request for "
              + bytes
              + " and sent the whole file (200 instead of 206); modelconfig reads at most "
              + HubByteSource.IGNORED_RANGE_LIMIT
              + " bytes of such a reply and closed the connection.",
          "Use a Hub or mirror that honours HTTP Range requests (HF_ENDPOINT), or download the"
              + " model with another client and resolve the local copy.");
    }
    if (response.status() == 206 && response.cut()) {
      return new RepositoryFailure.Transport(
          "The server at "
              + server
              + " sent more than the "
              + length
              + " bytes asked for "
              + bytes
              + " (206); modelconfig closed the connection.",
          "Check HF_ENDPOINT and any proxy in between; a Hugging Face Hub sends exactly the range.");
    }
    return new RepositoryFailure.Transport(
        "The reply for "
            + bytes
            + " in "
            + target.subject()
            + " was cut short ("
            + response.body().length
            + " bytes, status "
            + response.status()
            + ").",
        "Retry; if it persists, check your network or proxy.");
  }
}
