-- Uploaded tenant logos (selfcare-war, tenant administration). Platform-owned like tenant.
create table tenant_logo (
    tenant_id  varchar(40) primary key,
    media_type varchar(40) not null,
    content    bytea       not null,
    updated_at timestamp with time zone not null
);
