-- Append-only audit trail (platform-core). tenant_id is NULL only for platform-level actions.
create sequence audit_event_seq start with 1 increment by 1;

create table audit_event (
    id             bigint default nextval('audit_event_seq') primary key,
    tenant_id      varchar(40),
    actor          varchar(200)  not null,
    action         varchar(100)  not null,
    subject        varchar(200)  not null,
    detail         varchar(2000) not null,
    correlation_id varchar(40)   not null,
    occurred_at    timestamp with time zone not null
);

create index audit_event_tenant_time on audit_event (tenant_id, occurred_at);
