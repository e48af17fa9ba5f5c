-- Support requests, their replies and screenshots (selfcare-war, issue 6). Tenant-owned: every
-- table has tenant_id not null and is read through EclipseLink's @Multitenant filter.
create sequence support_seq start with 1 increment by 50;

create table support_request (
    id             bigint        primary key,
    tenant_id      varchar(40)   not null,
    requester      varchar(200)  not null,
    error_code     varchar(20),
    correlation_id varchar(64),
    os             varchar(60)   not null,
    browser        varchar(60)   not null,
    description    varchar(4000) not null,
    status         varchar(16)   not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        bigint        not null default 0
);
create index support_request_requester on support_request (tenant_id, requester);

create table support_reply (
    id            bigint        primary key,
    tenant_id     varchar(40)   not null,
    request_id    bigint        not null references support_request (id),
    author        varchar(200)  not null,
    from_operator boolean       not null,
    body          varchar(4000) not null,
    created_at    timestamp with time zone not null
);
create index support_reply_request on support_reply (request_id);

create table support_attachment (
    id          bigint       primary key,
    tenant_id   varchar(40)  not null,
    request_id  bigint       not null references support_request (id),
    media_type  varchar(40)  not null,
    content     bytea        not null,
    width       integer      not null,
    height      integer      not null,
    created_at  timestamp with time zone not null
);
create index support_attachment_request on support_attachment (request_id);
