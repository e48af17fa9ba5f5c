package io.sigillo.selfcare.support;

/**
 * What a person sends: who they are, the last error they saw (optional), what their browser says
 * about itself, the description, and optionally a screenshot as uploaded (checked by the desk).
 */
public record NewSupportRequest(
    String requester,
    String errorCode,
    String correlationId,
    String os,
    String browser,
    String description,
    byte[] screenshot) {}
