package io.github.modelconfig.app.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.modelconfig.app.cli.picocli.CommandLine;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Batch: reads a request line as its command would: a line starting with <code>{</code> is a JSON
 * object of field names, any other line the words of a command line parsed by the command's own
 * option model (so a line accepts exactly what the command accepts) and read into the command's
 * options {@code T}. One parser serves every thread, one line at a time (a parse takes tens of
 * microseconds; building a parser, milliseconds). A line that cannot be read is a {@code
 * batch_line} error naming its number.
 */
public final class LineRequests<T> {

  /** Created on first use: most batches are option lines. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
  }

  private final CommandLine parser;
  private final Function<ParseResult, T> options;

  /** Reads option lines with the option model {@code spec}, into what {@code options} makes. */
  public LineRequests(CommandSpec spec, Function<ParseResult, T> options) {
    this.parser = new CommandLine(spec);
    this.options = options;
  }

  /** {@code line} as a request. */
  public Either<ConfigError, LineRequest<T>> read(BatchLine line) {
    if (line.tooLong()) {
      return Either.left(
          error(
              line,
              "longer than " + BatchInput.MAX_LINE + " characters",
              "Shorten the line: put shared settings in a --config-file."));
    }
    return line.text().startsWith("{") ? mapping(line) : options(line);
  }

  private Either<ConfigError, LineRequest<T>> options(BatchLine line) {
    return LineWords.split(line.text())
        .mapLeft(problem -> error(line, problem, "Close the quote, or escape it with '\\'."))
        .flatMap(
            words -> {
              try {
                return Either.right(new LineRequest.Options<>(line, parse(words)));
              } catch (CommandLine.ParameterException e) {
                return Either.left(
                    error(
                        line,
                        e.getMessage(),
                        "Write the line as the command's arguments, e.g. 'org/model --max-length"
                            + " 4096', or as a JSON object of field names."));
              }
            });
  }

  private synchronized T parse(List<String> words) {
    return options.apply(parser.parseArgs(words.toArray(String[]::new)));
  }

  /** A line starting with '{': parsed whole, so it is an object or not JSON at all. */
  private Either<ConfigError, LineRequest<T>> mapping(BatchLine line) {
    try {
      Map<String, Object> object = new LinkedHashMap<>();
      Json.MAPPER
          .readTree(line.text())
          .fields()
          .forEachRemaining(e -> object.put(e.getKey(), value(e.getValue())));
      return Either.right(new LineRequest.Mapping<>(line, object));
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      int source = message.indexOf(" (start marker at");
      return Either.left(
          error(
              line,
              "not valid JSON at column "
                  + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr())
                  + ": "
                  + (source < 0 ? message : message.substring(0, source)),
              "Write one JSON object per line, e.g. {\"model_path\": \"org/model\","
                  + " \"max_length\": 4096}."));
    }
  }

  private static Object value(JsonNode node) {
    try {
      return Json.MAPPER.treeToValue(node, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed JSON tree converts to plain values", e);
    }
  }

  static ConfigError error(BatchLine line, String problem, String hint) {
    return new ConfigError(
        ErrorCode.BATCH_LINE, "batch", "Line " + line.number() + ": " + problem + ".", hint);
  }
}
