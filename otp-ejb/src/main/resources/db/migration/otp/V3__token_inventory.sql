-- Hardware-token inventory (otp-ejb). An imported token is an otp_device row from the start, in the
-- new status AVAILABLE and without an owner until a holder claims it or an operator assigns it; its
-- seed is sealed like any device's (AES-GCM bound to tenant and row id).
alter table otp_device alter column owner drop not null;

alter table otp_device drop constraint otp_device_status;
alter table otp_device add constraint otp_device_status
    check (status in ('AVAILABLE', 'PENDING', 'ACTIVE', 'REVOKED', 'LOST'));

-- Only a token (it has a serial) may be nobody's; an app always belongs to someone.
alter table otp_device add constraint otp_device_owned check (owner is not null or serial is not null);

create index otp_device_inventory on otp_device (tenant_id, status);

-- What the vendor's file said about a token beyond its seed, and where it came from.
create table otp_token (
    device_id    bigint       primary key references otp_device (id),
    tenant_id    varchar(40)  not null,
    manufacturer varchar(64),
    model        varchar(64),
    source       varchar(8)   not null,
    imported_at  timestamp with time zone not null,
    imported_by  varchar(200) not null,
    constraint otp_token_source check (source in ('PSKC', 'CSV'))
);

-- Failed claims per holder: enough of them block further claims, so serials cannot be probed by
-- brute force. Rows are deleted on a successful claim and ignored once older than the count period.
create sequence otp_token_claim_failure_seq start with 1 increment by 1;

create table otp_token_claim_failure (
    id        bigint default nextval('otp_token_claim_failure_seq') primary key,
    tenant_id varchar(40) not null,
    claimant  varchar(64) not null,
    failed_at timestamp with time zone not null
);

create index otp_token_claim_failure_claimant
    on otp_token_claim_failure (tenant_id, claimant, failed_at);
