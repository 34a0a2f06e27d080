package io.github.modelconfig.application.port.out;

/**
 * Driven-port value: what one read of a repo's file costs, which decides whether independent reads
 * are worth running at once.
 */
public enum ReadCost {
  /** A positional read of a local file: cheap; reads run one after another, on the caller. */
  LOCAL,
  /** A request over the network: a round trip each; independent reads run at once. */
  ROUND_TRIP
}
