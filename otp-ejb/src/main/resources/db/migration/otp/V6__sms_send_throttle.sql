-- When each person was last sent an SMS code for each purpose (otp-ejb). The cooldown between two
-- sends is a compare-and-set on this row ("update ... where last_sent_at <= now - cooldown"), so
-- two simultaneous sends cannot both pass it; the row is created by the first send
-- ("insert ... on conflict do nothing", which waits for a concurrent first send to finish).
create table otp_sms_throttle (
    tenant_id    varchar(40) not null,
    owner        varchar(64) not null,
    purpose      varchar(16) not null,
    last_sent_at timestamp with time zone not null,
    primary key (tenant_id, owner, purpose)
);
