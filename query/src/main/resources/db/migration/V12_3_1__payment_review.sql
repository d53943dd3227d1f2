-- 制单 → 审核 → 记账 (issue 16).

-- Reviewers (审核) are users like any other, scoped to units.
alter table ledger_user drop constraint ledger_user_role_check;
alter table ledger_user add constraint ledger_user_role_check
    check (role in ('ACCOUNTANT', 'LEADER', 'ADMIN', 'REVIEWER'));

-- The command side's register (VoucherRegisterTable): a voucher whose entry the reviewer returned is free again,
-- and its latest answer is that return until it is entered or refused again.
create table voucher_return (
    unit     text    not null,
    year     integer not null,
    voucher  text    not null,
    returned jsonb   not null,
    primary key (unit, year, voucher)
);

-- The payments journal names who recorded each payment and when, as the line's history does.
alter table payment add column recorded_by text, add column recorded_at timestamptz;
update payment
set recorded_by = history.recorded_by, recorded_at = history.recorded_at
from line_history history
where history.unit = payment.unit and history.year = payment.year and history.document = payment.voucher
  and history.kind = '支付';

-- Entries and their review decisions, both only ever inserted: an entry's decision is the first decision on its
-- voucher after it in the unit-year's own order (the events' sequence), so a voucher returned and entered again
-- has two entries, each with its own outcome, however a batch orders its writes.
create table payment_entry (
    unit             varchar(6)  not null,
    year             integer     not null,
    sequence         bigint      not null,
    voucher          text        not null,
    kind             text        not null check (kind in ('payment', 'reversal')),
    line_id          uuid        not null,
    entered_on       date        not null,
    amount           bigint      not null,
    payee            text,
    summary          text,
    original_voucher text,
    entered_by       text,
    entered_at       timestamptz not null,
    primary key (unit, year, sequence)
);
create index payment_entry_by_voucher on payment_entry (unit, year, voucher);

create table entry_decision (
    unit       varchar(6)  not null,
    year       integer     not null,
    sequence   bigint      not null,
    voucher    text        not null,
    status     text        not null check (status in ('已通过', '已退回')),
    decided_by text,
    decided_at timestamptz not null,
    reason     text,
    primary key (unit, year, sequence)
);
create index entry_decision_by_voucher on entry_decision (unit, year, voucher);
