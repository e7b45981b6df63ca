-- The seal of each cadre's records (the cadre row, assignments, assessments, discipline, planning):
-- the audit entry that last changed them and a keyed digest (HMAC with the audit key) of their
-- content and that entry, so a direct edit of the rows is found by audit verify.
create table audit_seal (
  record_type varchar(40) not null,
  record_id varchar(64) not null,
  entry_seq bigint not null,
  entry_hash varchar(64) not null,
  key_id varchar(20) not null,
  digest varchar(64) not null,
  primary key (record_type, record_id)
);
