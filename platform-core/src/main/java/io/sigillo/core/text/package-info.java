/**
 * Words every module writes the same way: masked contacts, the codice fiscale's check character.
 * Here once, because copies drifted apart (three maskings, two check-character algorithms).
 */
package io.sigillo.core.text;
