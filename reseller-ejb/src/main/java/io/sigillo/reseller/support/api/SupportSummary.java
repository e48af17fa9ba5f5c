package io.sigillo.reseller.support.api;

import java.time.OffsetDateTime;

/** A support request as lists and pages show it. */
public record SupportSummary(
    long id,
    String requester,
    String errorCode,
    String correlationId,
    String os,
    String browser,
    String description,
    SupportStatus status,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    boolean hasScreenshot) {}
