-- Cadres who must move but are left without a fitting seat: counted apart from hard breaches.
alter table planning_plan add column medium_penalty bigint default 0 not null;
