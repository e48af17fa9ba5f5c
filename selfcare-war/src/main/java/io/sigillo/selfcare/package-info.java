/** The self-care portal: Faces pages and REST API over the platform's modules, per tenant. */
package io.sigillo.selfcare;
