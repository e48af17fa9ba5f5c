-- Contact changes in progress (signature-ejb, holder side): the new contact waits for its code.
create sequence contact_change_seq start with 1 increment by 50;

create table contact_change (
    id               bigint       primary key,
    tenant_id        varchar(40)  not null,
    reference        varchar(64)  not null,
    holder_id        bigint       not null,
    kind             varchar(8)   not null,
    new_value        varchar(254) not null,
    sms_challenge_id varchar(64),
    code_hash        varchar(64),
    attempts_left    integer      not null default 0,
    status           varchar(12)  not null,
    expires_at       timestamp with time zone not null,
    created_at       timestamp with time zone not null,
    version          bigint       not null default 0,
    constraint contact_change_reference_unique unique (reference)
);

create index contact_change_holder on contact_change (tenant_id, holder_id, status);
