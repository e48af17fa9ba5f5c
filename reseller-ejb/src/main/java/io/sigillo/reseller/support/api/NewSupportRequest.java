package io.sigillo.reseller.support.api;

/**
 * What a person sends: the last error they saw (optional), what their browser says about itself,
 * the description, and optionally a screenshot as uploaded (checked by the desk). Who sends it is
 * the call's actor.
 */
public record NewSupportRequest(
    String errorCode,
    String correlationId,
    String os,
    String browser,
    String description,
    byte[] screenshot) {}
