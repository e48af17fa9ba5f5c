/**
 * Remote-signature holders: the holder entity, the platform-wide claims on mobile numbers and
 * e-mail addresses, contact changes in progress, the rules for contacts and the remote-signature
 * password (strength, lockout), and each tenant's certificate policy (validity, renewal window).
 */
package io.sigillo.signature.domain.holder;
