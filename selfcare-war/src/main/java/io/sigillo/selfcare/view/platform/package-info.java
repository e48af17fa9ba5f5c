/** The platform console: the platform operator creates, edits, brands and disables resellers. */
package io.sigillo.selfcare.view.platform;
