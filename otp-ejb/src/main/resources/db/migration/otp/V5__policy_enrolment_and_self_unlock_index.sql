-- Per-tenant enrolment parameters of authenticator apps (otp-ejb): what new TOTP devices are given
-- and their otpauth URI says. Existing rows get the defaults every common app honours.
alter table otp_policy add column totp_algorithm varchar(8) default 'SHA1' not null;
alter table otp_policy add column totp_digits integer default 6 not null;
alter table otp_policy add column totp_period_seconds integer default 30 not null;
alter table otp_policy add constraint otp_policy_totp_algorithm
    check (totp_algorithm in ('SHA1', 'SHA256', 'SHA512'));
alter table otp_policy add constraint otp_policy_totp_digits check (totp_digits in (6, 8));
alter table otp_policy add constraint otp_policy_totp_period
    check (totp_period_seconds between 15 and 300);

-- The foreign key otp_self_unlock.device_id -> otp_device needs an index of its own: without it
-- PostgreSQL scans otp_self_unlock for every key change or delete of a device row.
create index otp_self_unlock_device_id on otp_self_unlock (device_id);
