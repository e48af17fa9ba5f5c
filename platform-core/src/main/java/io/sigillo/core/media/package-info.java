/**
 * Uploaded images (tenant logos, support screenshots): the type decided by content, never by file
 * name or declared type; raster images re-encoded so no metadata (location, device) survives; SVG
 * accepted only when it carries nothing that could run or fetch.
 */
package io.sigillo.core.media;
