-- The legal form of a planned move: LUAN_CHUYEN (rotation), DIEU_DONG (transfer) or CHUYEN_DOI
-- (position change); null for a forbidden move (its to_seat is the seat forbidden). Moves saved
-- before forms existed were all decided as rotations.
alter table planning_move add column form varchar(20);
update planning_move set form = 'LUAN_CHUYEN' where to_seat is not null and forbidden = false;
