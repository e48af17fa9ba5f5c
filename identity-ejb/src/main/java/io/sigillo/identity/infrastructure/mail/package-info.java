/** The e-mails of the identity module: codes and notices to the registered address. */
package io.sigillo.identity.infrastructure.mail;
