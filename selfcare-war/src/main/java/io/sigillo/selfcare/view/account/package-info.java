/** The signed-in person's own area. */
package io.sigillo.selfcare.view.account;
