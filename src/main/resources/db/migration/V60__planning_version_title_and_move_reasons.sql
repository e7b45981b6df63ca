-- The official title the Board gives a saved version (printed in its documents instead of the working name; null
-- until set), and each saved move's reasons as the plan gave them: the grounds from screening (one sentence a line)
-- and why the move takes its form. Moves saved before have none.
alter table planning_plan add column official_title varchar(500);
alter table planning_move add column grounds varchar(4000);
alter table planning_move add column form_reason varchar(4000);
