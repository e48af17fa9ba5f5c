-- Remote-signature holders (signature-ejb, holder side). Tenant-owned: tenant_id is never NULL,
-- one holder per portal username and tenant.
create sequence holder_seq start with 1 increment by 50;

create table holder (
    id                    bigint       primary key,
    tenant_id             varchar(40)  not null,
    username              varchar(200) not null,
    surname               varchar(100) not null,
    given_name            varchar(100) not null,
    sex                   varchar(8)   not null,
    birth_date            date         not null,
    place_of_birth        varchar(100) not null,
    province_of_birth     varchar(60),
    codice_fiscale        varchar(16)  not null,
    mobile                varchar(16)  not null,
    email                 varchar(254) not null,
    -- Argon2id in PHC string form: parameters, salt and hash together
    password_hash         varchar(200) not null,
    password_failures     integer      not null default 0,
    password_locked_until timestamp with time zone,
    status                varchar(16)  not null,
    sign_device_id        bigint,
    certificate_id        bigint,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint       not null default 0,
    constraint holder_username_unique unique (tenant_id, username)
);

create index holder_tenant on holder (tenant_id);

-- Platform-wide claims on contacts, NOT tenant-owned on purpose: a mobile number or e-mail address
-- belongs to at most one holder of the whole platform. Only a keyed hash of the contact is kept.
create sequence contact_claim_seq start with 1 increment by 50;

create table contact_claim (
    id           bigint      primary key,
    kind         varchar(8)  not null,
    fingerprint  varchar(64) not null,
    owner_tenant varchar(40) not null,
    holder_id    bigint      not null,
    claimed_at   timestamp with time zone not null,
    constraint contact_claim_unique unique (kind, fingerprint)
);

create index contact_claim_holder on contact_claim (owner_tenant, holder_id);
