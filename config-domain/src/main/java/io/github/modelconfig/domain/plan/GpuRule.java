package io.github.modelconfig.domain.plan;

/**
 * Value: what a GPU runtime's rules decide for one rank before its KV cache: the share of the
 * device it budgets, its page size in tokens, the activation peak and overhead it subtracts,
 * whether sliding-window layers are cached full length, the KV element type (and the compute
 * dtype's bytes an {@code auto} one takes), and the factor unquantized weights are scaled by when
 * {@code --dtype} changes their element size, and the bytes every rank holds beside the
 * checkpoint's tensors (the RoPE cos/sin cache), and whether the runtime refuses to start when its
 * pool holds fewer tokens than one request of max length (vLLM does; SGLang caps requests to the
 * pool instead).
 */
record GpuRule(
    double utilization,
    int blockSize,
    long activationBytes,
    long overheadBytes,
    boolean slidingAsFull,
    KvDtype kvDtype,
    int computeBytes,
    double weightFactor,
    long extraWeightBytes,
    boolean refusesShortPool) {}
