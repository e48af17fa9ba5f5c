package io.sigillo.reseller.support.api;

/** A stored screenshot: re-encoded pixels only. */
public record Screenshot(String mediaType, byte[] content, int width, int height) {}
