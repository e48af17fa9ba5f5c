/**
 * What the portal may call on the help centre: the service, guides and feedback as records. The
 * caller passes the tenant and, for what a person does, the actor.
 */
package io.sigillo.reseller.guide.api;
