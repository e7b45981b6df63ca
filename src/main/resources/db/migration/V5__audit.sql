-- Audit trail: append-only, each entry chained to the one before by a SHA-256 hash.
create table audit_entry (
  seq bigint not null primary key,
  recorded_at timestamp not null,
  actor varchar(200) not null,
  action varchar(20) not null,
  record_type varchar(50) not null,
  record_id varchar(200) not null,
  before_value text,
  after_value text,
  previous_hash varchar(64) not null,
  entry_hash varchar(64) not null
);
create index audit_entry_record on audit_entry (record_type, record_id);

-- The head of the chain: one row, locked by each append so entries are numbered one at a time.
create table audit_head (
  id integer not null primary key,
  seq bigint not null,
  entry_hash varchar(64) not null
);
insert into audit_head (id, seq, entry_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
