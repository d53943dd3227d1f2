-- 年终结转 (projection "budget-ledger"): each line's unspent balance at closing, carried forward (结转) or lapsed
-- (结余), in integer fen. A year closed before balances were recorded at closing has no rows.
create table year_end_balance (
    unit      varchar(6) not null,
    year      integer    not null,
    line_id   uuid       not null,
    outcome   text       not null check (outcome in ('结转', '结余')),
    amount    bigint     not null,
    closed_on date       not null,
    primary key (unit, year, line_id)
);
