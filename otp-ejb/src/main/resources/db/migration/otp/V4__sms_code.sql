-- SMS one-time codes (otp-ejb, device type "sms"). Tenant-owned: tenant_id is never NULL.
-- The code itself is never stored: code_hash is HMAC-SHA256 over tenant, challenge id and code,
-- under a key derived from the OTP key ring entry named in code_key_id. The id is a random UUID,
-- so challenge ids cannot be enumerated. A challenge is consumed, counted and exhausted only by
-- conditional UPDATEs ("... where status = 'OPEN' and attempts < max_attempts and expires_at > ?").
create table otp_sms_code (
    id            varchar(36) primary key,
    tenant_id     varchar(40) not null,
    owner         varchar(64) not null,
    purpose       varchar(16) not null,
    mobile_masked varchar(20) not null,
    code_key_id   varchar(32) not null,
    code_hash     bytea       not null,
    status        varchar(12) not null,
    attempts      integer     not null default 0,
    max_attempts  integer     not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    closed_at     timestamp with time zone,
    constraint otp_sms_code_status check (status in ('OPEN', 'VERIFIED', 'EXHAUSTED', 'SUPERSEDED')),
    constraint otp_sms_code_attempts check (attempts >= 0 and attempts <= max_attempts)
);

-- cooldown and hourly cap look up a person's recent codes
create index otp_sms_code_owner on otp_sms_code (tenant_id, owner, created_at);

-- Per-tenant SMS code rules; a tenant without a row gets the platform defaults
-- (io.sigillo.otp.domain.sms.SmsCodeRules.defaults()).
create table otp_sms_policy (
    tenant_id               varchar(40) primary key,
    lifetime_seconds        integer not null,
    max_attempts            integer not null,
    resend_cooldown_seconds integer not null,
    sends_per_hour          integer not null,
    updated_at              timestamp with time zone not null
);
