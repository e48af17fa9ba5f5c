-- Each tenant's certificate policy (signature-ejb), set by the platform operator: the validity of
-- holders' new certificates and how many days before expiry renewal opens. Tenant-owned; a tenant
-- without a row gets the platform defaults (sigillo.signature.certificate-validity-days and
-- sigillo.signature.renewal-window-days). The checks repeat the application's rules, so a row
-- written by hand cannot make every renewal open at once.
create sequence sign_policy_seq start with 1 increment by 50;

create table sign_policy (
    id                         bigint       primary key,
    tenant_id                  varchar(40)  not null,
    certificate_validity_days  integer      not null,
    renewal_window_days        integer      not null,
    updated_by                 varchar(200) not null,
    updated_at                 timestamp with time zone not null,
    version                    bigint       not null default 0,
    constraint sign_policy_one_per_tenant unique (tenant_id),
    constraint sign_policy_validity check (certificate_validity_days between 1 and 1185),
    constraint sign_policy_window check (
        renewal_window_days >= 1 and renewal_window_days < certificate_validity_days)
);
