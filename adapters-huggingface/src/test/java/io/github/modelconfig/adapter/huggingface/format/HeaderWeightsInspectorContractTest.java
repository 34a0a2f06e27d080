package io.github.modelconfig.adapter.huggingface.format;

import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.application.port.out.WeightsInspectorContract;

class HeaderWeightsInspectorContractTest extends WeightsInspectorContract {

  @Override
  protected WeightsInspector inspector() {
    return HuggingFaceFormats.weightsInspector();
  }
}
