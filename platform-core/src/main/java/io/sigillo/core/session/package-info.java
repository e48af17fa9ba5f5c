/**
 * Portal sessions that a person ended everywhere: the moment of their last "sign out everywhere" on
 * a tenant, read by the portal on every request so that a session signed in before it ends on every
 * node, not only where the button was pressed.
 */
package io.sigillo.core.session;
