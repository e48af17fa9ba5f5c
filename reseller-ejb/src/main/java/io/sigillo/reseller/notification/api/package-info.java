/**
 * What the portal may call on the notification texts: the facade and its records. The caller passes
 * the tenant (the caller's own) and the actor.
 */
package io.sigillo.reseller.notification.api;
