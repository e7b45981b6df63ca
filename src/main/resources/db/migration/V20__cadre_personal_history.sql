-- The fields of the personal history (Mẫu 2C-BNV/2008, 2C/TCTW-98) the registry did not hold.
alter table cadre add column other_names varchar(200);
alter table cadre add column general_education varchar(50);
alter table cadre add column party_official_date date;
alter table cadre add column awards varchar(2000);
