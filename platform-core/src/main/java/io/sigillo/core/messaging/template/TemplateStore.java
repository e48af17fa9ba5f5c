package io.sigillo.core.messaging.template;

import io.sigillo.core.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The rows behind {@link NotificationTemplates}, by plain JDBC on the platform data source (core
 * has no persistence unit): the tenant's texts and senders (core migration V30), and, read-only,
 * the tenant's name, colours, support contacts and logo from tenancy's {@code tenant} and {@code
 * tenant_logo}. Core reads those two tables itself because the modules that send messages (otp,
 * identity, signature) sit below tenancy in the dependency order and cannot call it. Every query
 * names its tenant. Nothing is cached: a text saved on one node is what the next message on any
 * node uses.
 */
final class TemplateStore {

  /** A tenant's stored senders; either may be null (its display name then). */
  record SenderRow(String mailFromName, String smsSender) {}

  private final DataSource dataSource;

  TemplateStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  Optional<TemplateText> text(TenantId tenant, NotificationKind kind, String language)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select subject, body from notification_template"
                    + " where tenant_id = ? and kind = ? and language = ?")) {
      ps.setString(1, tenant.value());
      ps.setString(2, kind.name());
      ps.setString(3, language);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new TemplateText(rs.getString(1), rs.getString(2)))
            : Optional.empty();
      }
    }
  }

  void saveText(
      TenantId tenant,
      NotificationKind kind,
      String language,
      TemplateText text,
      String by,
      Instant now)
      throws SQLException {
    Timestamp at = Timestamp.from(now);
    upsert(
        "update notification_template set subject = ?, body = ?, updated_by = ?, updated_at = ?"
            + " where tenant_id = ? and kind = ? and language = ?",
        new Object[] {text.subject(), text.body(), by, at, tenant.value(), kind.name(), language},
        "insert into notification_template"
            + " (tenant_id, kind, language, subject, body, updated_by, updated_at)"
            + " values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        new Object[] {tenant.value(), kind.name(), language, text.subject(), text.body(), by, at});
  }

  List<CustomText> customTexts(TenantId tenant) throws SQLException {
    List<CustomText> texts = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select kind, language, updated_by, updated_at from notification_template"
                    + " where tenant_id = ? order by kind, language")) {
      ps.setString(1, tenant.value());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // a kind since removed from the catalogue is no longer anybody's text
          Optional<NotificationKind> kind = kind(rs.getString(1));
          if (kind.isPresent()) {
            texts.add(
                new CustomText(
                    kind.get(),
                    Locale.forLanguageTag(rs.getString(2)),
                    rs.getString(3),
                    rs.getTimestamp(4).toInstant()));
          }
        }
      }
    }
    return texts;
  }

  private static Optional<NotificationKind> kind(String name) {
    try {
      return Optional.of(NotificationKind.valueOf(name));
    } catch (IllegalArgumentException gone) {
      return Optional.empty();
    }
  }

  boolean deleteText(TenantId tenant, NotificationKind kind, String language) throws SQLException {
    return execute(
            "delete from notification_template where tenant_id = ? and kind = ? and language = ?",
            tenant.value(),
            kind.name(),
            language)
        > 0;
  }

  Optional<SenderRow> senders(TenantId tenant) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select mail_from_name, sms_sender from notification_sender where tenant_id = ?")) {
      ps.setString(1, tenant.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new SenderRow(rs.getString(1), rs.getString(2)))
            : Optional.empty();
      }
    }
  }

  /** Stores the senders; both null removes the tenant's row. */
  void saveSenders(TenantId tenant, SenderRow row, String by, Instant now) throws SQLException {
    if (row.mailFromName() == null && row.smsSender() == null) {
      execute("delete from notification_sender where tenant_id = ?", tenant.value());
      return;
    }
    Timestamp at = Timestamp.from(now);
    upsert(
        "update notification_sender set mail_from_name = ?, sms_sender = ?, updated_by = ?,"
            + " updated_at = ? where tenant_id = ?",
        new Object[] {row.mailFromName(), row.smsSender(), by, at, tenant.value()},
        "insert into notification_sender"
            + " (tenant_id, mail_from_name, sms_sender, updated_by, updated_at)"
            + " values (?, ?, ?, ?, ?) on conflict do nothing",
        new Object[] {tenant.value(), row.mailFromName(), row.smsSender(), by, at});
  }

  /**
   * The tenant's branding, if it has a row in {@code tenant}; its logo only when {@code withLogo}
   * (an e-mail's HTML), not for an SMS or the sender names.
   */
  Optional<Branding> branding(TenantId tenant, boolean withLogo) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      Branding row;
      try (PreparedStatement ps =
          c.prepareStatement(
              "select display_name, primary_color, accent_color, support_email, support_phone"
                  + " from tenant where slug = ?")) {
        ps.setString(1, tenant.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          row =
              new Branding(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  null,
                  null);
        }
      }
      if (!withLogo) {
        return Optional.of(row);
      }
      try (PreparedStatement ps =
          c.prepareStatement("select media_type, content from tenant_logo where tenant_id = ?")) {
        ps.setString(1, tenant.value());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            row =
                new Branding(
                    row.displayName(),
                    row.primaryColor(),
                    row.accentColor(),
                    row.supportEmail(),
                    row.supportPhone(),
                    rs.getString(1),
                    rs.getBytes(2));
          }
        }
      }
      return Optional.of(row);
    }
  }

  /**
   * Update, else insert, else (another transaction inserted the row meanwhile) update: the same SQL
   * on PostgreSQL and H2, and two first saves at once both succeed, the last one holding.
   */
  private void upsert(String update, Object[] updateValues, String insert, Object[] insertValues)
      throws SQLException {
    if (execute(update, updateValues) == 0 && execute(insert, insertValues) == 0) {
      execute(update, updateValues);
    }
  }

  private int execute(String sql, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      return ps.executeUpdate();
    }
  }
}
