/**
 * What the portal may call on support requests: the desk, its request and result records. The
 * caller passes the tenant, the actor and the tenant's display data; nothing here knows a web
 * request.
 */
package io.sigillo.reseller.support.api;
