package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelFileParserContract;

class JacksonModelFileParserContractTest extends ModelFileParserContract {

  @Override
  protected ModelFileParser parser() {
    return HuggingFaceFormats.modelFileParser();
  }
}
