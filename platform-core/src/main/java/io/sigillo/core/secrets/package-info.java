/**
 * The platform's own secrets (database password, Keycloak admin client secret, OTP key-encryption
 * keys, contact and e-mail-code HMAC keys, PKCS#12 password): which values are the public
 * development ones published in the repository, and the start-up check that refuses them outside
 * development.
 */
package io.sigillo.core.secrets;
