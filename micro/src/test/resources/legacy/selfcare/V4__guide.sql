-- The help centre (selfcare-war, issue 6): a tenant's own guides (added, or edited copies of the
-- platform's guides, which ship with the application) and the feedback on each guide.
create sequence guide_seq start with 1 increment by 50;

create table guide (
    id          bigint        primary key,
    tenant_id   varchar(40)   not null,
    slug        varchar(80)   not null,
    lang        varchar(2)    not null,
    title       varchar(200)  not null,
    body        varchar(20000) not null,
    updated_by  varchar(200)  not null,
    updated_at  timestamp with time zone not null,
    version     bigint        not null default 0,
    unique (tenant_id, slug, lang)
);

-- one vote per person per guide (whatever the language it was read in): a new vote replaces it
create table guide_feedback (
    id          bigint        primary key,
    tenant_id   varchar(40)   not null,
    guide_slug  varchar(80)   not null,
    voter       varchar(200)  not null,
    rating      integer       not null check (rating between 1 and 5),
    comment     varchar(1000),
    voted_at    timestamp with time zone not null,
    unique (tenant_id, guide_slug, voter)
);
