package io.sigillo.reseller.support.api;

/**
 * Where the notice of a new request goes: the tenant's display data, which the web edge knows from
 * the resolved tenant and passes with the request (the desk reads no tenant registry).
 *
 * @param portal the tenant's display name, the sender's name and the subject's prefix
 * @param address the tenant's support address; blank when the tenant has none (no notice)
 * @param requestUrlPrefix the request page's URL up to its id, e.g. {@code
 *     https://alpha.example/support/request.xhtml?id=}
 */
public record NoticeRecipient(String portal, String address, String requestUrlPrefix) {}
