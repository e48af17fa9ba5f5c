package io.sigillo.selfcare.support;

/**
 * Who looks at a support request: its requester sees their own, the tenant's operators see every
 * request of their tenant (the tenant itself is the call's {@code TenantId}).
 */
public record Viewer(String username, boolean operator) {

  public boolean mayRead(String requester) {
    return operator || username.equals(requester);
  }
}
