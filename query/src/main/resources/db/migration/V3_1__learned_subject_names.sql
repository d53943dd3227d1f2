-- Subject names learned from budget-lines imports for codes the shipped catalogue lacks
-- (projection of SubjectNameLearnedEvent; the latest name of a code wins).

create table learned_subject_name (
    kind varchar(16) not null,
    code varchar(7)  not null,
    name text        not null,
    primary key (kind, code)
);
