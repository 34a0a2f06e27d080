package io.github.modelconfig.adapter.huggingface.hub;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.vavr.control.Either;
import java.io.IOException;

/**
 * Driven-adapter helper: a Hub JSON reply as a tree, refused when the server sent more than the
 * read's limit (the body was cut) or something that is not JSON.
 */
final class HubJson {

  /**
   * Hub replies as trees: duplicate keys refused, NaN and Infinity accepted (the Hub echoes fields
   * of Python-written files), nesting and string length bounded so a hostile endpoint cannot make
   * the client build huge trees. Loaded only when the Hub is asked, so local runs never pay for an
   * ObjectMapper.
   */
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(64)
                          .maxStringLength(1 << 24)
                          .build())
                  .build())
          .build();

  private HubJson() {}

  static Either<RepositoryFailure, JsonNode> read(
      HubResponse reply, HubErrors.Target target, String what) {
    if (reply.cut()) {
      return Either.left(
          new RepositoryFailure.Transport(
              "The server at "
                  + target.server()
                  + " sent a "
                  + what
                  + " for "
                  + target.subject()
                  + " longer than "
                  + String.format(java.util.Locale.ROOT, "%,d", reply.body().length - 1)
                  + " bytes; modelconfig stopped reading it. A Hugging Face Hub never sends one"
                  + " that large: the server is at fault.",
              "Check HF_ENDPOINT: it must point at a Hugging Face Hub or a faithful mirror."));
    }
    try {
      return Either.right(MAPPER.readTree(reply.body()));
    } catch (IOException e) {
      return Either.left(
          new RepositoryFailure.Transport(
              "The Hub sent a reply that is not JSON for " + target.subject() + ".",
              "Check HF_ENDPOINT: it must point at a Hugging Face Hub."));
    }
  }
}
