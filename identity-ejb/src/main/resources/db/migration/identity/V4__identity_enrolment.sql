-- Enrolment of customers by operators: the rest of the personal data the codice fiscale encodes,
-- the identity-proofing record, the document scans (AES-GCM ciphertext of the OTP registry's
-- cipher, bound to tenant and row) and the single-use activation links (SHA-256 of the token only).
alter table identity add column sex varchar(1);
alter table identity add column place_of_birth varchar(100);
alter table identity add column province_of_birth varchar(40);

create sequence identity_proofing_seq start with 1 increment by 50;

create table identity_proofing (
    id               bigint       primary key,
    tenant_id        varchar(40)  not null,
    identity_id      bigint       not null references identity (id),
    method           varchar(16)  not null,
    document_type    varchar(32)  not null,
    document_number  varchar(20)  not null,
    document_issuer  varchar(100) not null,
    document_expiry  date         not null,
    operator         varchar(64)  not null,
    proofed_at       timestamp with time zone not null,
    version          bigint       not null default 0
);

create index identity_proofing_owner on identity_proofing (tenant_id, identity_id);


create table identity_document_scan (
    id              bigint       primary key,
    tenant_id       varchar(40)  not null,
    proofing_id     bigint       not null references identity_proofing (id),
    file_name       varchar(120) not null,
    content_type    varchar(40)  not null,
    size_bytes      integer      not null,
    sealed_content  bytea        not null,
    created_at      timestamp with time zone not null
);

create index identity_document_scan_owner on identity_document_scan (tenant_id, proofing_id);

create table identity_activation (
    id           varchar(36)  primary key,
    tenant_id    varchar(40)  not null,
    identity_id  bigint       not null references identity (id),
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone,
    constraint identity_activation_token_unique unique (token_hash)
);

create index identity_activation_owner on identity_activation (tenant_id, identity_id);
