/** What the portal and other modules may call on identities: records, the directory, errors. */
package io.sigillo.identity.api;
