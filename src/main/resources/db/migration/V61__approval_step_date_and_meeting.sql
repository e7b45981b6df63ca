-- The day a step was completed as the clerk entered it (documents print it, never the moment it was recorded), and,
-- at the deciding step, the meeting that voted: its start time, place, the members present and absent, and the
-- vote-counting committee (ban kiểm phiếu). Entries recorded before have none.
alter table approval_step_entry add column done_on date;
alter table approval_step_entry add column meeting_starts_at time;
alter table approval_step_entry add column meeting_place varchar(500);
alter table approval_step_entry add column members_present varchar(4000);
alter table approval_step_entry add column members_absent varchar(4000);
alter table approval_step_entry add column counting_committee varchar(4000);
