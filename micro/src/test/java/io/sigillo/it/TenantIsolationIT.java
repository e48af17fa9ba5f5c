package io.sigillo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sigillo.core.error.PlatformError;
import io.sigillo.core.error.SigilloException;
import io.sigillo.core.schema.PlatformDataSource;
import io.sigillo.core.tenant.TenantId;
import io.sigillo.identity.api.IdentityDirectory;
import io.sigillo.identity.api.IdentitySummary;
import io.sigillo.identity.api.NewIdentity;
import io.sigillo.it.support.ActsAsPlatform;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant-owned rows are invisible across tenants — through queries, {@code find} by id and under
 * concurrent load — and a row without a tenant cannot be written. Runs in-container against
 * PostgreSQL with the real EclipseLink multitenancy and tenant-binding interceptor.
 */
@ExtendWith({ArquillianExtension.class, ActsAsPlatform.class})
class TenantIsolationIT {

  @Deployment
  static WebArchive deployment() {
    // one archive for every in-container class: they share one Micro (Deployments.inContainer)
    return Deployments.inContainer();
  }

  @Inject private IdentityDirectory identities;

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;

  private static TenantId freshTenant(String prefix) {
    return TenantId.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private static NewIdentity person(String username) {
    return new NewIdentity(username, "Nome", "Cognome", username + "@example.it", "+393331234567");
  }

  @Test
  void identitiesOfOneTenantAreInvisibleToAnotherThroughQueriesAndFind() {
    TenantId alpha = freshTenant("alpha");
    TenantId beta = freshTenant("beta");
    IdentitySummary mario = identities.register(alpha, person("mario.rossi"));
    IdentitySummary luca = identities.register(beta, person("luca.verdi"));

    assertTrue(identities.find(alpha, mario.id()).isPresent());
    assertTrue(identities.find(beta, mario.id()).isEmpty(), "find by id crosses tenants");
    assertTrue(identities.findByUsername(beta, "mario.rossi").isEmpty());
    assertEquals(
        List.of(luca.id()),
        identities.search(beta, "", 100).stream().map(IdentitySummary::id).toList());
    assertEquals(
        List.of(mario.id()),
        identities.search(alpha, "o", 100).stream().map(IdentitySummary::id).toList());
    assertEquals(1, identities.count(alpha));
    assertEquals(1, identities.count(beta));
  }

  @Test
  void theSameUsernameMayBelongToDifferentPeopleInTwoTenants() {
    TenantId alpha = freshTenant("alpha");
    TenantId beta = freshTenant("beta");
    IdentitySummary inAlpha = identities.register(alpha, person("anna.neri"));
    IdentitySummary inBeta = identities.register(beta, person("anna.neri"));
    assertTrue(inAlpha.id() != inBeta.id());
    assertEquals(inAlpha.id(), identities.findByUsername(alpha, "anna.neri").orElseThrow().id());
    assertEquals(inBeta.id(), identities.findByUsername(beta, "anna.neri").orElseThrow().id());
  }

  @Test
  void concurrentMixedRequestsOfTwoTenantsNeverSeeEachOthersRows() throws Exception {
    TenantId alpha = freshTenant("alpha");
    TenantId beta = freshTenant("beta");
    List<Callable<Integer>> work = new ArrayList<>();
    for (int worker = 0; worker < 8; worker++) {
      TenantId tenant = worker % 2 == 0 ? alpha : beta;
      String prefix = tenant.value().substring(0, tenant.value().indexOf('-')) + worker;
      work.add(
          () -> {
            int leaks = 0;
            for (int i = 0; i < 25; i++) {
              IdentitySummary created = identities.register(tenant, person(prefix + "." + i));
              TenantId other = tenant.equals(alpha) ? beta : alpha;
              if (identities.find(other, created.id()).isPresent()) {
                leaks++;
              }
              for (IdentitySummary seen : identities.search(tenant, "", 200)) {
                if (!seen.username().startsWith(prefix.replaceAll("[0-9]+$", ""))) {
                  leaks++;
                }
              }
            }
            return leaks;
          });
    }
    int leaks = 0;
    for (Future<Integer> result : executor.invokeAll(work)) {
      leaks += result.get();
    }
    assertEquals(0, leaks, "rows of the other tenant were visible");
    assertEquals(100, identities.count(alpha));
    assertEquals(100, identities.count(beta));
  }

  @Test
  void aCallWithoutTenantIsRefusedWithACataloguedError() {
    SigilloException refused = assertThrows(SigilloException.class, () -> identities.count(null));
    assertEquals(PlatformError.TENANT_REQUIRED, refused.code());
  }

  @Test
  void theDatabaseRefusesATenantOwnedRowWithoutTenant() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into identity (id, username, given_name, surname, status, created_at)"
                    + " values (nextval('identity_seq'), 'orphan', 'O', 'P', 'ACTIVE', now())")) {
      SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
      assertEquals("23502", refused.getSQLState(), "expected a NOT NULL violation on tenant_id");
    }
  }
}
