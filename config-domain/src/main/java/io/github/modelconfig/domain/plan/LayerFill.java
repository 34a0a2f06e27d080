package io.github.modelconfig.domain.plan;

/**
 * Rule: llama.cpp's placement of decoder layers on GPUs, back to front: the output head (when it
 * goes to a GPU) and then layer {@code n-1}, {@code n-2}, ... on the last GPU until it is full,
 * then on the one before, stopping at the first layer no GPU left can take, so that the GPU layers
 * are the last {@code count} (a contiguous suffix, as {@code -ngl} requires).
 */
final class LayerFill {

  final int count;
  final int[] perGpu;
  final long[] used;

  private LayerFill(int gpus) {
    perGpu = new int[gpus];
    used = new long[gpus];
    count = 0;
  }

  private LayerFill(int count, int[] perGpu, long[] used) {
    this.count = count;
    this.perGpu = perGpu;
    this.used = used;
  }

  /**
   * Fills {@code capacity} per GPU with layers of {@code need[l]} bytes (weights on the GPU plus
   * their KV cache) and first {@code head} bytes on the last GPU when {@code head >= 0}; null when
   * the head does not fit.
   */
  static LayerFill of(long[] need, long head, long[] capacity) {
    int gpus = capacity.length;
    int[] perGpu = new int[gpus];
    long[] used = new long[gpus];
    int g = gpus - 1;
    if (head >= 0) {
      if (gpus == 0 || head > capacity[g]) {
        return null;
      }
      used[g] = head;
    }
    int count = 0;
    for (int l = need.length - 1; l >= 0 && g >= 0; l--) {
      while (g >= 0 && used[g] + need[l] > capacity[g]) {
        g--;
      }
      if (g < 0) {
        break;
      }
      used[g] += need[l];
      perGpu[g]++;
      count++;
    }
    return new LayerFill(count, perGpu, used);
  }

  static LayerFill empty(int gpus) {
    return new LayerFill(gpus);
  }
}
