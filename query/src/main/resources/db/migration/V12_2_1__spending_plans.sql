-- 用款计划 (issue 16): every revision of a line's spending plan, one row per month (all twelve), so the history
-- stays; a line's current plan is its latest revision. revision is the event's sequence number in its unit-year.
create table spending_plan (
    unit        varchar(6)  not null,
    year        integer     not null,
    line_id     uuid        not null,
    revision    bigint      not null,
    month       smallint    not null check (month between 1 and 12),
    amount      bigint      not null,
    recorded_by text,
    recorded_at timestamptz not null,
    primary key (unit, year, line_id, revision, month)
);

-- Why a payment was refused: PAYMENT_REFUSED (无预算不支出, every refusal recorded before plans existed) or
-- PLAN_EXCEEDED (past the line's spending plan).
alter table payment_refusal add column code text not null default 'PAYMENT_REFUSED';
