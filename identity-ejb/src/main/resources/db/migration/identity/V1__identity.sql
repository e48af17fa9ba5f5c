-- SPID identities (identity-ejb). Tenant-owned: tenant_id is never NULL, usernames are unique per tenant.
create sequence identity_seq start with 1 increment by 50;

create table identity (
    id          bigint       primary key,
    tenant_id   varchar(40)  not null,
    username    varchar(64)  not null,
    given_name  varchar(100) not null,
    surname     varchar(100) not null,
    email       varchar(254),
    mobile      varchar(16),
    status      varchar(16)  not null,
    created_at  timestamp with time zone not null,
    version     bigint       not null default 0,
    constraint identity_username_unique unique (tenant_id, username)
);

create index identity_tenant on identity (tenant_id);
