-- One row per person who ever claimed a token (otp-ejb). A claim holds its claimant's row locked
-- ("select ... for update") until it commits, so claims of one claimant are decided one after the
-- other: simultaneous claims would otherwise all read the failures from before any of them and each
-- get a guess past the tenant's threshold. The first claim creates the row ("insert ... on conflict
-- do nothing", which waits for a concurrent first claim to finish).
create table otp_token_claimant (
    tenant_id varchar(40) not null,
    claimant  varchar(64) not null,
    primary key (tenant_id, claimant)
);
