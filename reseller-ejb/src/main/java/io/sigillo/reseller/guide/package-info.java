/**
 * The help centre of each tenant: the platform's own guides (Italian and English, shipped with the
 * application), the tenant's added or edited guides, Markdown rendered with HTML escaped, and the
 * "how useful was this guide?" feedback, one vote per person per guide.
 */
package io.sigillo.reseller.guide;
