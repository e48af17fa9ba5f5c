-- Leases on the platform's scheduled jobs (platform-core JobLease): one row per job, shared by every
-- node. A node runs the job only after winning the conditional UPDATE
-- "... set holder = ?, leased_until = ? where name = ? and leased_until < ?"; the row count decides,
-- so two nodes starting together run it once. leased_until bounds a run whose node died.
create table job_lease (
    name          varchar(60)  primary key,
    holder        varchar(200),
    leased_until  timestamp with time zone not null,
    started_at    timestamp with time zone,
    finished_at   timestamp with time zone
);

insert into job_lease (name, leased_until)
    values ('housekeeping', timestamp with time zone '1970-01-01 00:00:00+00');
