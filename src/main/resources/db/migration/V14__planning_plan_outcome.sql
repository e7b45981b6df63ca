-- What the run showed beside its moves, kept with the saved version: each target before and after the
-- plan (JSON), the cadres who must move but have no seat, and the mandatory rules broken (one sentence a
-- line). Versions saved before have none.
alter table planning_plan add column targets varchar(20000);
alter table planning_plan add column unplaced varchar(1000000);
alter table planning_plan add column broken varchar(1000000);
