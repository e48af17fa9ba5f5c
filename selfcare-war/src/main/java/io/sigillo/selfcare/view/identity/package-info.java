/** The holder's identity page: personal data, suspension, revocation and level-2 notices. */
package io.sigillo.selfcare.view.identity;
