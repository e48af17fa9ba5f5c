package io.sigillo.tenancy.api;

import java.util.List;

/** What the platform operator supplies to create a tenant. */
public record NewTenant(String slug, String displayName, List<String> hosts, Branding branding) {}
