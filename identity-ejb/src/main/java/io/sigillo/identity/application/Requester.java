package io.sigillo.identity.application;

import io.sigillo.core.audit.Actor;
import io.sigillo.core.tenant.TenantId;
import java.util.Locale;

/**
 * Who asks for a credential step, as every flow needs it: the tenant and the person, the language
 * and the tenant's name that messages go out under (also the name an authenticator app lists the
 * account under), and the actor the registry and the audit trail see. One value instead of five
 * parameters repeated through every flow.
 */
record Requester(TenantId tenant, String username, Locale locale, String senderName, Actor actor) {}
