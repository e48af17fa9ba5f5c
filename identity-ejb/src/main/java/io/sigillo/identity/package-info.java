/** SPID identities: the person, their verified contacts, status and credentials. */
package io.sigillo.identity;
