-- The language a person last used on the portal (issue 15): the messages the platform sends on its
-- own, without a request of the person in hand (certificate expiry reminders), speak it. Written by
-- the portal at sign-in and at the language switch, only when it changed; no row means the person
-- never signed in to the portal, and those messages keep Italian and English.
-- tenant_id is the tenant's id (tenant.slug); no foreign key: core is migrated before tenancy.
create table person_language (
    tenant_id  varchar(40)  not null,
    username   varchar(200) not null,
    language   varchar(8)   not null,
    set_at     timestamp with time zone not null,
    primary key (tenant_id, username)
);
