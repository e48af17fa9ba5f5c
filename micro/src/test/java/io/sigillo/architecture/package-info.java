/**
 * Rules about the whole application that no single module can check: boundaries, the error
 * catalogue.
 */
package io.sigillo.architecture;
