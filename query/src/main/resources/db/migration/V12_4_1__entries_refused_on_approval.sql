-- An entry approved whose payment the line then refuses (the balance or the plan moved meanwhile) is 已拒付, not
-- 已通过: every refusal also leaves a 已拒付 row at its own sequence, and an approval directly followed by one (the
-- same command's next event) reads as refused. A refusal with no approval before it is no entry's decision.
alter table entry_decision drop constraint entry_decision_status_check;
alter table entry_decision add constraint entry_decision_status_check
    check (status in ('已通过', '已退回', '已拒付'));
