package io.sigillo.tenancy.api;

import java.util.List;

/** What the platform operator may change on an existing tenant (the slug is permanent). */
public record TenantChanges(String displayName, List<String> hosts, Branding branding) {}
