package io.github.modelconfig.domain.plan;

/**
 * Value: the constants of a runtime version that cannot be derived from its source, fitted on
 * public start-up logs (docs/accuracy.md lists the runs and the fit), as functions of the model.
 * Activation peak of the profiling run on one rank, in bytes: {@code fixed + max(forward,
 * sampler)}, the forward pass of {@code tokens} tokens holding {@code perTokenHidden} hidden-size
 * buffers, {@code perTokenIntermediate} MLP-width buffers (the rank's share of the width a token
 * passes through) and, for MoE, {@code perTokenExpertHidden} hidden-size buffers per routed expert
 * a token uses; the sampler pass of {@code sequences} sequences holding {@code perSequenceVocab}
 * float32 logits rows of the whole vocabulary. Overhead on one rank: {@code nonTorchBytes} (CUDA
 * context, allocator and library workspaces the runtime counts), plus {@code commBytesPerRank * (tp
 * - 1)} of NCCL/custom all-reduce buffers, plus {@code cudaGraphBytes} where the runtime subtracts
 * CUDA graphs. {@code loadExtraBytes}: what the runtime's weight figure counts beyond the tensors
 * (SGLang's "mem usage" after loading includes buffers allocated meanwhile).
 */
public record Calibration(
    long fixedActivationBytes,
    double perTokenHidden,
    double perTokenIntermediate,
    double perTokenExpertHidden,
    double perSequenceVocab,
    long nonTorchBytes,
    long commBytesPerRank,
    long cudaGraphBytes,
    long loadExtraBytes) {

  /** Nothing subtracted: the runtime's own source gives every number. */
  public static final Calibration NONE = new Calibration(0, 0, 0, 0, 0, 0, 0, 0, 0);

  public Calibration {
    if (fixedActivationBytes < 0 || nonTorchBytes < 0 || commBytesPerRank < 0) {
      throw new IllegalArgumentException("negative calibration bytes");
    }
    if (perTokenHidden < 0
        || perTokenIntermediate < 0
        || perTokenExpertHidden < 0
        || perSequenceVocab < 0) {
      throw new IllegalArgumentException("negative calibration coefficient");
    }
    if (cudaGraphBytes < 0 || loadExtraBytes < 0) {
      throw new IllegalArgumentException("negative CUDA graph bytes");
    }
  }

  /** The activation peak of a profiling run of {@code tokens} tokens and {@code sequences}. */
  public long activationBytes(
      long tokens, int sequences, ModelShape m, int tensorParallel, int dtypeBytes) {
    double perToken =
        perTokenHidden * m.hiddenSize()
            + perTokenIntermediate * m.activeIntermediateSize() / tensorParallel
            + perTokenExpertHidden * m.expertsPerToken() * m.hiddenSize();
    double forward = tokens * perToken * dtypeBytes;
    double sampler = perSequenceVocab * sequences * (double) m.vocabSize() * 4;
    return fixedActivationBytes + (long) Math.max(forward, sampler);
  }

  /** Non-torch memory and communication buffers of one rank at tensor parallelism {@code tp}. */
  public long overheadBytes(int tensorParallel) {
    return nonTorchBytes + commBytesPerRank * (tensorParallel - 1L) + cudaGraphBytes;
  }
}
