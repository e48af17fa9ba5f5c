/**
 * Remote-signature holders: the holder entity, the platform-wide claims on mobile numbers and
 * e-mail addresses, contact changes in progress, and the rules for contacts and the
 * remote-signature password (strength, lockout).
 */
package io.sigillo.signature.domain.holder;
