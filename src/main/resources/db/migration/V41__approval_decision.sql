-- The decision that closes an approved case: its number, the day it was signed and the day it takes effect.
alter table approval_case add column decision_number varchar(100);
alter table approval_case add column decision_signed_on date;
alter table approval_case add column decision_effective_on date;
