package io.github.modelconfig.domain.plan;

/**
 * Value: the constants of a runtime version that cannot be derived from its source, fitted on
 * public start-up logs (docs/accuracy.md lists the runs and the fit). Activation peak of the
 * profiling run on one rank, in bytes: {@code fixed + tokens * (perTokenHidden * hidden +
 * perTokenIntermediate * intermediate / tp) * dtypeBytes + sequences * perSequenceVocab * vocab /
 * tp}. Overhead on one rank: {@code nonTorchBytes} (CUDA context and allocator pools the runtime
 * counts), plus {@code commBytesPerRank * (tp - 1)} when tensor parallelism adds NCCL/custom
 * all-reduce buffers, plus {@code cudaGraphBytes} where the runtime subtracts graphs.
 */
public record Calibration(
    long fixedActivationBytes,
    double perTokenHidden,
    double perTokenIntermediate,
    double perSequenceVocab,
    long nonTorchBytes,
    long commBytesPerRank,
    long cudaGraphBytes) {

  /** Nothing subtracted: the runtime's own source gives every number. */
  public static final Calibration NONE = new Calibration(0, 0, 0, 0, 0, 0, 0);

  public Calibration {
    if (fixedActivationBytes < 0 || nonTorchBytes < 0 || commBytesPerRank < 0) {
      throw new IllegalArgumentException("negative calibration bytes");
    }
    if (perTokenHidden < 0 || perTokenIntermediate < 0 || perSequenceVocab < 0) {
      throw new IllegalArgumentException("negative calibration coefficient");
    }
    if (cudaGraphBytes < 0) {
      throw new IllegalArgumentException("negative CUDA graph bytes");
    }
  }

  /** The activation peak of a profiling run of {@code tokens} tokens and {@code sequences}. */
  public long activationBytes(
      long tokens, int sequences, ModelShape m, int tensorParallel, int dtypeBytes) {
    double perToken =
        perTokenHidden * m.hiddenSize()
            + perTokenIntermediate * m.activeIntermediateSize() / tensorParallel;
    double logits = perSequenceVocab * sequences * (double) m.vocabSize() / tensorParallel;
    return fixedActivationBytes + (long) (tokens * perToken * dtypeBytes + logits);
  }

  /** Non-torch memory and communication buffers of one rank at tensor parallelism {@code tp}. */
  public long overheadBytes(int tensorParallel) {
    return nonTorchBytes + commBytesPerRank * (tensorParallel - 1L) + cudaGraphBytes;
  }
}
