/**
 * Pages of the help centre: the guides, one guide with its feedback form, the operators' editor.
 */
package io.sigillo.selfcare.view.guide;
