-- Users of the application, with hashed passwords, roles and unit scope.
create table security_user (
  username varchar(100) not null primary key,
  display_name varchar(200) not null,
  password_hash varchar(200) not null,
  roles varchar(300) not null,
  unit_scope varchar(2000),
  must_change_password boolean default false not null,
  enabled boolean default true not null,
  version bigint default 0 not null
);
