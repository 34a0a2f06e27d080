package io.github.modelconfig.domain.request;

import java.util.List;

/**
 * Value: LoRA settings (MAX's {@code LoRAConfig}); only present when {@code enable_lora} is true.
 */
public record LoraConfig(List<String> loraPaths, int maxLoraRank, int maxNumLoras) {

  public static final int DEFAULT_MAX_LORA_RANK = 16;
  public static final int DEFAULT_MAX_NUM_LORAS = 1;

  public LoraConfig {
    loraPaths = List.copyOf(loraPaths);
  }
}
