-- One-time codes sent by e-mail to an identity's registered address (recovery, mobile change).
-- Only a keyed hash of the code is stored. A row may carry the value being changed (the new
-- mobile number) and, once the e-mail code is verified, the SMS challenge sent to that number.
create table identity_email_code (
    id               varchar(36)  primary key,
    tenant_id        varchar(40)  not null,
    identity_id      bigint       not null references identity (id),
    purpose          varchar(32)  not null,
    code_hash        varchar(64)  not null,
    attempts_left    integer      not null,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    used_at          timestamp with time zone,
    new_value        varchar(254),
    sms_challenge_id varchar(36),
    version          bigint       not null default 0
);

create index identity_email_code_owner on identity_email_code (tenant_id, identity_id, purpose);
create index identity_email_code_sms on identity_email_code (tenant_id, sms_challenge_id);
