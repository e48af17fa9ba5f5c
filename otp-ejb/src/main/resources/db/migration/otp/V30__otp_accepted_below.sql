-- Which time steps just below the replay floor were accepted (bit i: step last_accepted - 1 - i).
-- The floor alone cannot tell a code replayed from an earlier sign-in from the code of a phone
-- whose clock is minutes behind: both match a step below it. Rows from before know nothing of
-- their earlier acceptances (0): only the floor itself counts as accepted for them.
alter table otp_device add column accepted_below bigint default 0 not null;
