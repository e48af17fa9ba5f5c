package io.sigillo.identity.api;

/** How a one-time code reaches the holder. */
public enum CodeChannel {
  SMS,
  EMAIL
}
