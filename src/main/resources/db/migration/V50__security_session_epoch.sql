-- Each user's session epoch: moved on by disabling, a change of roles or unit scope and a new password;
-- a session that began under an older epoch ends at its next request.
alter table security_user add column session_epoch bigint default 0 not null;
