package io.sigillo.reseller.guide.api;

/**
 * A guide as a page shows it: {@code html} is rendered from the Markdown with HTML escaped, {@code
 * platform} whether it is the platform's text rather than the tenant's own.
 */
public record GuideView(
    String slug, String lang, String title, String markdown, String html, boolean platform) {}
