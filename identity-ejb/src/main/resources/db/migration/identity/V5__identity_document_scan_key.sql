-- The key a document scan is sealed under, repeated from the ciphertext's clear header (as
-- otp_device.secret_key_id is) so that the platform operator's key rotation finds the scans still
-- under an old key without reading them. Scans stored before this column have none: the rotation
-- re-seals them once, and they carry it from then on.
alter table identity_document_scan add column sealed_key_id varchar(32);

create index identity_document_scan_key on identity_document_scan (sealed_key_id);
