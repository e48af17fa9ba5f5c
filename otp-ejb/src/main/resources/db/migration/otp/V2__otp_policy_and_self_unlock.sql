-- Per-tenant OTP policy as data (otp-ejb). A tenant without a row gets the platform defaults.
-- One row per tenant; the columns mirror io.sigillo.otp.api.PolicySettings.
create table otp_policy (
    tenant_id                      varchar(40) primary key,
    login_totp_window_steps        integer not null,
    login_hotp_look_ahead          integer not null,
    login_lockout_threshold        integer not null,
    login_first_delay_seconds      integer not null,
    login_self_unlocks_per_30_days integer not null,
    sign_totp_window_steps         integer not null,
    sign_hotp_look_ahead           integer not null,
    sign_lockout_threshold         integer not null,
    sign_first_delay_seconds       integer not null,
    sign_self_unlocks_per_30_days  integer not null,
    drift_cap_steps                integer not null,
    diagnostic_window_seconds      integer not null,
    resync_hotp_window             integer not null,
    resync_totp_steps              integer not null,
    resync_third_code_beyond       integer not null,
    updated_at                     timestamp with time zone not null
);

-- When a holder unlocked their own device: the rolling 30-day quota counts these rows.
create sequence otp_self_unlock_seq start with 1 increment by 1;

create table otp_self_unlock (
    id          bigint default nextval('otp_self_unlock_seq') primary key,
    tenant_id   varchar(40) not null,
    device_id   bigint      not null references otp_device (id),
    unlocked_at timestamp with time zone not null
);

create index otp_self_unlock_device on otp_self_unlock (tenant_id, device_id, unlocked_at);
