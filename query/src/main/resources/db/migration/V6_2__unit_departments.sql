-- Which department (主管部门) a unit belongs to for access, as an administrator set it. Wins over the parent
-- code a budget year was opened with; needed where a year was opened without one (e.g. by an import).
create table unit_department (
    unit       varchar(6)  primary key,
    department varchar(16) not null,
    set_by     text        not null,
    set_at     timestamptz not null default now()
);
