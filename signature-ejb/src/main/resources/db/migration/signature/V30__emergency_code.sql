-- Emergency codes (signature-ejb, certs engineer): one per holder, to suspend the holder's
-- certificate without the signature device. Only an Argon2id hash of the code is stored (PHC
-- string); failures count towards a lock that refuses even the right code for a while.
create sequence sign_emergency_code_seq start with 1 increment by 50;

create table sign_emergency_code (
    id            bigint       primary key,
    tenant_id     varchar(40)  not null,
    holder_id     bigint       not null,
    code_hash     varchar(200) not null,
    failures      integer      not null default 0,
    locked_until  timestamp with time zone,
    issued_at     timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    version       bigint       not null default 0,
    constraint sign_emergency_code_holder unique (tenant_id, holder_id)
);
