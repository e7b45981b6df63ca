-- The approval case whose decision carried out a move (null while not carried out).
alter table planning_move add column decided_by_case bigint;
