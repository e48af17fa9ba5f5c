-- Internal CA, certificates and single-use signing authorisations (signature-ejb, cert engineer).
-- Tenant-owned: tenant_id is never NULL. Private keys are NOT here: they live in the key store
-- (PKCS#11 token or PKCS#12 file) under key_alias; these tables hold public data and state only.

-- One self-signed CA per tenant; crl is the last published CRL (DER), republished when due or
-- after a status change, with crl_number growing by one each time.
create sequence sign_ca_seq start with 1 increment by 50;

create table sign_ca (
    id               bigint       primary key,
    tenant_id        varchar(40)  not null,
    key_alias        varchar(100) not null,
    subject          varchar(500) not null,
    certificate      bytea        not null,
    not_after        timestamp with time zone not null,
    crl_number       bigint       not null default 0,
    crl              bytea,
    crl_this_update  timestamp with time zone,
    crl_next_update  timestamp with time zone,
    crl_stale        boolean      not null default true,
    created_at       timestamp with time zone not null,
    version          bigint       not null default 0,
    constraint sign_ca_one_per_tenant unique (tenant_id)
);

-- A holder's signing certificate. status is the stored state; EXPIRED is computed from not_after.
-- holder_id is the holder's id in this module (no foreign key: the CA does not depend on orders).
create sequence sign_certificate_seq start with 1 increment by 50;

create table sign_certificate (
    id                 bigint       primary key,
    tenant_id          varchar(40)  not null,
    ca_id              bigint       not null references sign_ca (id),
    holder_id          bigint       not null,
    serial_number      varchar(64)  not null,
    subject            varchar(500) not null,
    codice_fiscale     varchar(16)  not null,
    key_alias          varchar(100) not null,
    certificate        bytea        not null,
    status             varchar(16)  not null,
    not_before         timestamp with time zone not null,
    not_after          timestamp with time zone not null,
    revocation_reason  varchar(32),
    status_changed_at  timestamp with time zone,
    created_at         timestamp with time zone not null,
    version            bigint       not null default 0,
    constraint sign_certificate_status check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    constraint sign_certificate_serial unique (tenant_id, serial_number),
    constraint sign_certificate_reason check (
        (status = 'REVOKED' and revocation_reason is not null)
        or (status <> 'REVOKED' and revocation_reason is null))
);

create index sign_certificate_holder on sign_certificate (tenant_id, holder_id);

-- One signature allowed over one document (its SHA-256) with one certificate. The id handed out
-- is never stored, only its SHA-256 (token_hash). It is consumed by one conditional UPDATE
-- ("... set used_at = ? where ... and used_at is null and expires_at > ?"): the row count decides.
create sequence sign_authorisation_seq start with 1 increment by 50;

create table sign_authorisation (
    id               bigint       primary key,
    tenant_id        varchar(40)  not null,
    token_hash       varchar(64)  not null,
    certificate_id   bigint       not null references sign_certificate (id),
    document_sha256  varchar(64)  not null,
    actor            varchar(200) not null,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    used_at          timestamp with time zone,
    constraint sign_authorisation_token unique (token_hash)
);

create index sign_authorisation_certificate on sign_authorisation (tenant_id, certificate_id);
