-- Organisation chart: code lists, units (a tree that changes over time) and seats.
create table org_code (
  kind varchar(10) not null,
  code varchar(64) not null,
  name varchar(300) not null,
  primary key (kind, code)
);

create table org_unit (
  code varchar(64) not null primary key,
  name varchar(500) not null,
  level_code varchar(64) not null,
  type_code varchar(64) not null,
  block varchar(20) not null,
  parent_code varchar(64),
  locality_code varchar(64),
  valid_from date,
  valid_to date,
  version bigint default 0 not null
);
create index org_unit_parent on org_unit (parent_code);

create table org_unit_predecessor (
  unit_code varchar(64) not null references org_unit (code) on delete cascade,
  predecessor_code varchar(64) not null,
  primary key (unit_code, predecessor_code)
);

create table org_position (
  code varchar(64) not null primary key,
  unit_code varchar(64) not null references org_unit (code),
  name varchar(500) not null,
  seat_rank varchar(10) not null,
  role_key varchar(64) not null,
  version bigint default 0 not null
);
create index org_position_unit on org_position (unit_code);
