-- OTP device registry (otp-ejb). Tenant-owned: tenant_id is never NULL.
-- Metadata and the encrypted secret live in separate columns; the secret is AES-GCM ciphertext whose
-- key id is repeated in secret_key_id so rows under an old key can be selected for rotation.
-- last_accepted is the replay floor (time step or counter), advanced only by
-- "update ... where id = ? and last_accepted < ?"; -1 means nothing accepted yet.
create sequence otp_device_seq start with 1 increment by 50;

create table otp_device (
    id                    bigint       primary key,
    tenant_id             varchar(40)  not null,
    owner                 varchar(64)  not null,
    type                  varchar(8)   not null,
    status                varchar(16)  not null,
    serial                varchar(64),
    algorithm             varchar(8)   not null,
    digits                integer      not null,
    period_seconds        integer      not null,
    last_accepted         bigint       not null default -1,
    base_drift_steps      integer      not null default 0,
    learned_drift_steps   integer      not null default 0,
    last_window_offset    integer,
    last_window_limit     integer,
    login_failures        integer      not null default 0,
    login_last_failure_at timestamp with time zone,
    sign_failures         integer      not null default 0,
    sign_last_failure_at  timestamp with time zone,
    locked_at             timestamp with time zone,
    created_at            timestamp with time zone not null,
    activated_at          timestamp with time zone,
    secret_key_id         varchar(32)  not null,
    secret_data           bytea        not null,
    version               bigint       not null default 0,
    constraint otp_device_type check (type in ('TOTP', 'HOTP')),
    constraint otp_device_status check (status in ('PENDING', 'ACTIVE', 'REVOKED', 'LOST')),
    constraint otp_device_digits check (digits in (6, 8)),
    constraint otp_device_failures check (login_failures >= 0 and sign_failures >= 0),
    constraint otp_device_serial_unique unique (tenant_id, serial)
);

create index otp_device_owner on otp_device (tenant_id, owner);
create index otp_device_secret_key on otp_device (secret_key_id);
