-- The remote-signature password's rules per tenant and its history (signature-ejb, holder side).
-- Numbered in the range of this change so that migrations written beside it cannot clash.
-- A tenant's policy row gains the minimum length of a new password and how many of the latest
-- passwords (the current one included) a new one must differ from; rows set before keep the
-- platform defaults.
alter table sign_policy add column password_min_length integer default 10 not null;
alter table sign_policy add column password_history integer default 5 not null;
alter table sign_policy add constraint sign_policy_password_min_length
    check (password_min_length between 10 and 64);
alter table sign_policy add constraint sign_policy_password_history
    check (password_history between 0 and 24);

-- The hashes of a holder's earlier passwords (Argon2id PHC strings, never the passwords), newest
-- by id; tenant-owned. A change or a reset moves the replaced hash here.
create sequence holder_password_seq start with 1 increment by 50;

create table holder_password (
    id             bigint       primary key,
    tenant_id      varchar(40)  not null,
    holder_id      bigint       not null references holder (id),
    password_hash  varchar(200) not null,
    retired_at     timestamp with time zone not null
);

create index holder_password_holder on holder_password (tenant_id, holder_id, id);
