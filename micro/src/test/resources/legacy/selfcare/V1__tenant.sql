-- Tenants (resellers) and their host names (selfcare-war). Platform-owned, not multitenant.
create sequence tenant_seq start with 1 increment by 1;

create table tenant (
    id             bigint       primary key,
    slug           varchar(40)  not null unique,
    display_name   varchar(100) not null,
    primary_color  varchar(7)   not null,
    accent_color   varchar(7)   not null,
    logo_url       varchar(500),
    support_email  varchar(254),
    support_phone  varchar(32),
    status         varchar(16)  not null,
    created_at     timestamp with time zone not null,
    version        bigint       not null default 0
);

create table tenant_host (
    tenant_ref bigint       not null references tenant (id),
    host       varchar(253) not null unique
);
