-- "Sign out everywhere" (issue 15, item 7): per person and tenant, the moment before which every
-- portal session is over. Read on each request of a signed-in session, by primary key.
create table session_sign_out (
    tenant_id      varchar(40)  not null,
    username       varchar(200) not null,
    signed_out_at  timestamp with time zone not null,
    primary key (tenant_id, username)
);
