package io.github.modelconfig.adapter.huggingface.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.modelconfig.application.port.out.ByteSource;
import java.io.IOException;

/**
 * Driven-adapter helper: streams a safetensors header's JSON (spec §8) token by token and hands
 * each tensor and {@code __metadata__} entry to a {@link Sink}; nothing of a tensor outlives its
 * call. Field names are not canonicalized (a symbol table of two million names would not fit), so
 * repeated names are the caller's to find; content after the top-level object is refused.
 */
final class SafetensorsJson {

  /** Receives what the header holds, in file order. */
  interface Sink {
    void tensor(String name, String dtype, long elements, long begin, long end);

    void metadata(String key, String value);
  }

  private static final JsonFactory STREAMING =
      JsonFactory.builder()
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(16)
                  .maxStringLength(1 << 24)
                  .maxNameLength(1 << 16)
                  .build())
          .build();

  private final JsonParser parser;

  private SafetensorsJson(JsonParser parser) {
    this.parser = parser;
  }

  /** Streams the {@code length} header bytes that follow the 8-byte length into {@code sink}. */
  static void stream(ByteSource source, long length, Sink sink) {
    try (JsonParser parser = STREAMING.createParser(new HeaderInputStream(source, 8, length))) {
      new SafetensorsJson(parser).root(sink);
    } catch (JsonProcessingException e) {
      String why = String.valueOf(e.getOriginalMessage());
      if (why.startsWith("Invalid UTF-8")) {
        throw new MalformedWeightsException("the header is not valid UTF-8");
      }
      throw new MalformedWeightsException("the header is not valid JSON: " + why);
    } catch (IOException e) {
      throw new MalformedWeightsException("the header cannot be read: " + e.getMessage());
    }
  }

  private void root(Sink sink) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new MalformedWeightsException("the header is not a JSON object");
    }
    boolean metadataSeen = false;
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      JsonToken value = parser.nextToken();
      if (name.equals("__metadata__")) {
        if (metadataSeen) {
          throw new MalformedWeightsException("the header names a tensor twice: __metadata__");
        }
        metadataSeen = true;
        metadata(value, sink);
      } else {
        tensor(name, value, sink);
      }
    }
    if (parser.nextToken() != null) {
      throw new MalformedWeightsException(
          "the header has content after its JSON object (only space padding may follow it)");
    }
  }

  private void metadata(JsonToken value, Sink sink) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      throw new MalformedWeightsException("__metadata__ is not an object");
    }
    for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
      if (parser.nextToken() != JsonToken.VALUE_STRING) {
        throw new MalformedWeightsException("__metadata__." + key + " is not a string");
      }
      sink.metadata(key, parser.getText());
    }
  }

  private void tensor(String name, JsonToken value, Sink sink) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      throw needs(name);
    }
    String dtype = null;
    long elements = -1;
    long[] offsets = null;
    for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
      JsonToken token = parser.nextToken();
      switch (field) {
        case "dtype":
          if (dtype != null || token != JsonToken.VALUE_STRING) {
            throw twiceOrWrong(name, field, dtype != null);
          }
          dtype = parser.getText();
          break;
        case "shape":
          if (elements >= 0 || token != JsonToken.START_ARRAY) {
            throw twiceOrWrong(name, field, elements >= 0);
          }
          elements = shape(name);
          break;
        case "data_offsets":
          if (offsets != null || token != JsonToken.START_ARRAY) {
            throw twiceOrWrong(name, field, offsets != null);
          }
          offsets = offsets(name);
          break;
        default:
          parser.skipChildren();
      }
    }
    if (dtype == null || elements < 0 || offsets == null) {
      throw needs(name);
    }
    if (offsets[1] < offsets[0]) {
      throw new MalformedWeightsException("tensor '" + name + "' ends before it begins");
    }
    sink.tensor(name, dtype, elements, offsets[0], offsets[1]);
  }

  /** The product of the dimensions (1 for a scalar), refusing overflow. */
  private long shape(String name) throws IOException {
    long elements = 1;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      long dim = nonNegative(name, "shape", t);
      try {
        elements = Math.multiplyExact(elements, dim);
      } catch (ArithmeticException e) {
        throw new MalformedWeightsException("tensor '" + name + "' shape overflows");
      }
    }
    return elements;
  }

  private long[] offsets(String name) throws IOException {
    long[] offsets = new long[2];
    int n = 0;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      long value = nonNegative(name, "data_offsets", t);
      if (n == 2) {
        throw needs(name);
      }
      offsets[n++] = value;
    }
    if (n != 2) {
      throw needs(name);
    }
    return offsets;
  }

  private long nonNegative(String name, String field, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
        || parser.getLongValue() < 0) {
      if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
        parser.skipChildren();
      }
      throw new MalformedWeightsException(
          "tensor '" + name + "' has a " + field + " value that is not a non-negative integer");
    }
    return parser.getLongValue();
  }

  private static MalformedWeightsException needs(String name) {
    return new MalformedWeightsException(
        "tensor '" + name + "' needs dtype, shape and data_offsets [begin, end]");
  }

  private static MalformedWeightsException twiceOrWrong(String name, String field, boolean twice) {
    return twice
        ? new MalformedWeightsException("tensor '" + name + "' gives " + field + " twice")
        : needs(name);
  }
}
