-- One-time activation links for a staff member's first OTP device (otp-ejb FirstDeviceActivations).
-- Operators and platform administrators reach their consoles only at level 2, with a device of their
-- own; the first one cannot be enrolled at level 2, so its enrolment is proven by a link sent to the
-- address the login broker holds for them. Only the SHA-256 of the link's random token is kept. A
-- link is used once: "update ... set used_at where used_at is null" is the compare-and-set.
create table otp_activation (
    id          varchar(36)  primary key,
    tenant_id   varchar(40)  not null,
    owner       varchar(64)  not null,
    token_hash  varchar(64)  not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint otp_activation_token unique (token_hash)
);
create index otp_activation_owner on otp_activation (tenant_id, owner, created_at);
