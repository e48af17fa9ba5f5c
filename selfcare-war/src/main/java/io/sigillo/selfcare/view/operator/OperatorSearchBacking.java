package io.sigillo.selfcare.view.operator;

import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.otp.api.TokenInventory;
import io.sigillo.otp.api.TokenSummary;
import io.sigillo.selfcare.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a person of the operator's tenant by name, username, tax code or device serial. Every
 * lookup goes through an api that takes the tenant, so another tenant's people never match.
 */
@Named
@RequestScoped
public class OperatorSearchBacking {

  static final int LIMIT = 50;

  private static final Pattern TAX_CODE = Pattern.compile("[A-Za-z0-9]{16}");

  @Inject private CurrentTenant tenant;
  @Inject private IdentityDirectory identities;
  @Inject private TokenInventory tokens;

  private String q;
  private List<IdentitySummary> results;

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public boolean isSearched() {
    return q != null && !q.isBlank();
  }

  public List<IdentitySummary> getResults() {
    if (results == null) {
      results = isSearched() ? search(q.trim()) : List.of();
    }
    return results;
  }

  private List<IdentitySummary> search(String text) {
    Map<Long, IdentitySummary> found = new LinkedHashMap<>();
    Optional<TokenSummary> token = tokens.find(tenant.id(), text);
    token
        .flatMap(TokenSummary::owner)
        .flatMap(owner -> identities.findByUsername(tenant.id(), owner))
        .ifPresent(i -> found.put(i.id(), i));
    if (TAX_CODE.matcher(text).matches()) {
      identities.findByTaxCode(tenant.id(), text).ifPresent(i -> found.put(i.id(), i));
    }
    for (IdentitySummary i : identities.search(tenant.id(), text, LIMIT)) {
      found.putIfAbsent(i.id(), i);
    }
    return found.values().stream().limit(LIMIT).toList();
  }
}
