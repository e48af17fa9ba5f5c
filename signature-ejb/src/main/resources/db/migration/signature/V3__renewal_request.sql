-- Completed renewals (signature-ejb, holder side): the signed renewal request form as evidence.
create sequence renewal_request_seq start with 1 increment by 50;

create table renewal_request (
    id                 bigint      primary key,
    tenant_id          varchar(40) not null,
    holder_id          bigint      not null,
    old_certificate_id bigint      not null,
    new_certificate_id bigint      not null,
    signed_form        bytea       not null,
    created_at         timestamp with time zone not null
);

create index renewal_request_holder on renewal_request (tenant_id, holder_id);
