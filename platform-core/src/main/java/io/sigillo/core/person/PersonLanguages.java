package io.sigillo.core.person;

import io.sigillo.core.schema.PlatformDataSource;
import io.sigillo.core.tenant.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The language each person last used on a tenant's portal (Italian or English), for the messages
 * the platform sends without a request of theirs in hand: the certificate expiry reminders. The
 * portal writes it (the web module sits above every module that sends), the sending modules read
 * it; core holds it because the signature module cannot call tenancy or identity. Plain JDBC on the
 * platform data source, like {@link io.sigillo.core.session.SignOuts}, one row per person and
 * tenant, every query naming its tenant.
 */
@ApplicationScoped
public class PersonLanguages {

  private static final Logger LOG = Logger.getLogger(PersonLanguages.class.getName());

  @Resource(lookup = PlatformDataSource.JNDI_NAME)
  private DataSource dataSource;

  public PersonLanguages() {}

  /** Outside a container (tests): on this data source. */
  PersonLanguages(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Remembers the person's language (any language other than English is Italian); writes only when
   * it changed, so a sign-in in the same language as the last one costs a read by primary key.
   * Whether a row was written. A failure is logged, never thrown: a language not remembered must
   * not stop a sign-in or a page.
   */
  public boolean remember(TenantId tenant, String username, Locale language, Instant at) {
    String code = code(language);
    try (Connection c = dataSource.getConnection()) {
      Optional<String> stored = stored(c, tenant, username);
      if (stored.isPresent() && stored.get().equals(code)) {
        return false;
      }
      if (stored.isEmpty()
          && execute(
                  c,
                  "insert into person_language (tenant_id, username, language, set_at)"
                      + " values (?, ?, ?, ?) on conflict do nothing",
                  tenant.value(),
                  username,
                  code,
                  Timestamp.from(at))
              == 1) {
        return true;
      }
      // changed, or inserted meanwhile by the same person's request on another node
      return execute(
              c,
              "update person_language set language = ?, set_at = ?"
                  + " where tenant_id = ? and username = ? and language <> ?",
              code,
              Timestamp.from(at),
              tenant.value(),
              username,
              code)
          == 1;
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "language not remembered on tenant " + tenant.value(), e);
      return false;
    }
  }

  /** The person's last portal language on the tenant; empty if they never signed in there. */
  public Optional<Locale> of(TenantId tenant, String username) {
    try (Connection c = dataSource.getConnection()) {
      return stored(c, tenant, username)
          .map(code -> "en".equals(code) ? Locale.ENGLISH : Locale.ITALIAN);
    } catch (SQLException e) {
      throw new IllegalStateException("person's language not readable", e);
    }
  }

  private static Optional<String> stored(Connection c, TenantId tenant, String username)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select language from person_language where tenant_id = ? and username = ?")) {
      ps.setString(1, tenant.value());
      ps.setString(2, username);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private static int execute(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      return ps.executeUpdate();
    }
  }

  private static String code(Locale language) {
    return language != null && "en".equals(language.getLanguage()) ? "en" : "it";
  }
}
