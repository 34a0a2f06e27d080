package io.github.modelconfig.application.port.out;

class FakeModelFileParserTest extends ModelFileParserContract {

  @Override
  protected ModelFileParser parser() {
    return new FakeModelFileParser();
  }
}
