package io.github.modelconfig.application.port.out;

class FakeWeightsInspectorTest extends WeightsInspectorContract {

  @Override
  protected WeightsInspector inspector() {
    return new FakeWeightsInspector()
        .knowing(SAFETENSORS, SAFETENSORS_HEADER)
        .knowing(GGUF, GGUF_METADATA);
  }
}
