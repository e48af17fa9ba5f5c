-- Certificate expiry reminders (signature-ejb CertificateHousekeepingBean).
-- sign_reminder_policy: a tenant's days before expiry at which holders are reminded ("60,30,7"); a
-- tenant without a row gets the platform default (sigillo.signature.reminder-days).
create table sign_reminder_policy (
    tenant_id           varchar(40)  primary key,
    days_before_expiry  varchar(40)  not null,
    updated_by          varchar(200) not null,
    updated_at          timestamp with time zone not null
);

-- One row per certificate and threshold passed, written in the transaction that sends the reminder:
-- "insert ... on conflict do nothing" and its row count decide which node (or run) sends it, so each
-- threshold of each certificate is announced exactly once. notified is false for a threshold passed
-- together with a more urgent one (only the most urgent is sent).
create table sign_certificate_reminder (
    tenant_id           varchar(40) not null,
    certificate_id      bigint      not null references sign_certificate (id),
    days_before_expiry  integer     not null,
    notified            boolean     not null,
    created_at          timestamp with time zone not null,
    constraint sign_certificate_reminder_once primary key (certificate_id, days_before_expiry)
);

create index sign_certificate_reminder_tenant on sign_certificate_reminder (tenant_id);
