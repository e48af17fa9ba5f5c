-- SMS as a device type of the registry (otp-ejb): a person's mobile number, confirmed by a code sent
-- to it. It has no shared secret (its codes are random, kept only as keyed hashes in otp_sms_code),
-- so the secret columns become optional for it alone; the number is its metadata.
alter table otp_device drop constraint otp_device_type;
alter table otp_device add constraint otp_device_type check (type in ('TOTP', 'HOTP', 'SMS'));

alter table otp_device add column mobile varchar(16);
alter table otp_device alter column secret_key_id drop not null;
alter table otp_device alter column secret_data drop not null;
alter table otp_device add constraint otp_device_sms_mobile check (type <> 'SMS' or mobile is not null);
alter table otp_device add constraint otp_device_secret
    check (type = 'SMS' or (secret_key_id is not null and secret_data is not null));

-- A challenge sent for an SMS device names it; verification codes (identity flows) do not.
alter table otp_sms_code add column device_id bigint references otp_device (id);
create index otp_sms_code_device on otp_sms_code (tenant_id, device_id, purpose, created_at);
