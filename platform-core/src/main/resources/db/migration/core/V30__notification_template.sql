-- A tenant's own notification texts and senders (platform-core NotificationTemplates). A missing row
-- means the catalogue's default text (Notifications*.properties) or the tenant's display name. The
-- rows are written by the reseller's operators through the reseller module, which audits each change.
-- tenant_id is the tenant's id (tenant.slug); no foreign key: core is migrated before tenancy.
create table notification_template (
    tenant_id   varchar(40)  not null,
    kind        varchar(60)  not null,
    language    varchar(8)   not null,
    subject     varchar(400),
    body        varchar(4000) not null,
    updated_by  varchar(200) not null,
    updated_at  timestamp with time zone not null,
    primary key (tenant_id, kind, language)
);

create table notification_sender (
    tenant_id       varchar(40)  primary key,
    mail_from_name  varchar(100),
    sms_sender      varchar(11),
    updated_by      varchar(200) not null,
    updated_at      timestamp with time zone not null
);
