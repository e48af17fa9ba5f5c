-- Personal data of a SPID identity, verified contacts and the state of its second factor (L2).
-- Existing rows keep NULL personal data: they were registered before these fields existed.
alter table identity add column codice_fiscale varchar(16);
alter table identity add column birth_date date;
alter table identity add column email_verified boolean not null default false;
alter table identity add column mobile_verified boolean not null default false;
-- ACTIVE, or SUSPENDED after a recovery (the person can no longer produce a code)
alter table identity add column second_factor varchar(16) not null default 'ACTIVE';
-- an e-mail to the registered address after every level-2 login, when the holder asks for it
alter table identity add column l2_use_notice boolean not null default false;
alter table identity add column status_changed_at timestamp with time zone;
alter table identity add column status_reason varchar(500);

create unique index identity_codice_fiscale_unique on identity (tenant_id, codice_fiscale);
