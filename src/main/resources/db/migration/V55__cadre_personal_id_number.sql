-- The 12-digit personal identification number (số định danh cá nhân), the key of a person's file in
-- the national database of cadres and civil servants (Decree 27/2026). Optional for old records;
-- unique among cadres (several cadres may lack it).
alter table cadre add column personal_id_number varchar(12);
create unique index cadre_personal_id_number on cadre (personal_id_number);
