package io.sigillo.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.core.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The people's portal languages on H2 in PostgreSQL mode, with core's migrations applied. */
class PersonLanguagesTest {

  private static final TenantId ALPHA = TenantId.of("alpha");
  private static final TenantId BETA = TenantId.of("beta");
  private static final Instant MONDAY = Instant.parse("2026-12-07T10:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-12-08T10:00:00Z");

  private JdbcDataSource db;
  private PersonLanguages languages;

  @BeforeEach
  void database() {
    db = new JdbcDataSource();
    db.setURL(
        "jdbc:h2:mem:"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration/core")
        .table("schema_history_core")
        .load()
        .migrate();
    languages = new PersonLanguages(db);
  }

  @Test
  void aPersonWhoNeverSignedInHasNoLanguage() {
    assertThat(languages.of(ALPHA, "anna")).isEmpty();
  }

  @Test
  void theLastLanguageIsKeptPerTenantAndPerson() {
    assertThat(languages.remember(ALPHA, "anna", Locale.ENGLISH, MONDAY)).isTrue();
    assertThat(languages.remember(BETA, "anna", Locale.ITALIAN, MONDAY)).isTrue();

    assertThat(languages.of(ALPHA, "anna")).contains(Locale.ENGLISH);
    assertThat(languages.of(BETA, "anna")).contains(Locale.ITALIAN);
    assertThat(languages.of(ALPHA, "bruno")).isEmpty();

    assertThat(languages.remember(ALPHA, "anna", Locale.ITALIAN, TUESDAY)).isTrue();
    assertThat(languages.of(ALPHA, "anna")).contains(Locale.ITALIAN);
    assertThat(setAt(ALPHA, "anna")).isEqualTo(TUESDAY);
  }

  @Test
  void theSameLanguageAgainWritesNothing() {
    languages.remember(ALPHA, "anna", Locale.ENGLISH, MONDAY);

    assertThat(languages.remember(ALPHA, "anna", Locale.UK, TUESDAY)).isFalse();
    assertThat(setAt(ALPHA, "anna")).as("when it was chosen, not seen again").isEqualTo(MONDAY);
  }

  @Test
  void anyLanguageOtherThanEnglishIsItalianAsOnThePortal() {
    languages.remember(ALPHA, "anna", Locale.GERMAN, MONDAY);

    assertThat(languages.of(ALPHA, "anna")).contains(Locale.ITALIAN);
  }

  private Instant setAt(TenantId tenant, String username) {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select set_at from person_language where tenant_id = ? and username = ?")) {
      ps.setString(1, tenant.value());
      ps.setString(2, username);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getTimestamp(1).toInstant();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
