package io.sigillo.reseller.guide.api;

/** A guide's title and Markdown body. */
public record GuideText(String title, String body) {}
