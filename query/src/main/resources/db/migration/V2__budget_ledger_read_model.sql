-- The ledger's read model (projection "budget-ledger"). Amounts are integer fen.

create table budget_year (
    unit        varchar(6) not null,
    year        integer    not null,
    unit_name   text       not null,
    parent_code text,
    closed_on   date,
    primary key (unit, year)
);

create table budget_line (
    unit             varchar(6) not null,
    year             integer    not null,
    line_id          uuid       not null,
    functional_code  varchar(7) not null,
    economic_code    varchar(5) not null,
    project_code     text       not null,
    project_name     text       not null,
    project_category text       not null,
    fund_source      text       not null,
    primary key (unit, year, line_id)
);

-- Per line per business day: any figure as of any date is a sum over these rows.
create table line_day_movement (
    unit          varchar(6) not null,
    year          integer    not null,
    line_id       uuid       not null,
    business_date date       not null,
    allocated     bigint     not null default 0,
    adjusted      bigint     not null default 0,
    paid          bigint     not null default 0,
    reversed      bigint     not null default 0,
    primary key (unit, year, line_id, business_date)
);

create table line_history (
    event_id      varchar(255) not null,
    line_id       uuid         not null,
    unit          varchar(6)   not null,
    year          integer      not null,
    business_date date         not null,
    kind          text         not null,
    document      text         not null,
    amount        bigint       not null,
    detail        text,
    recorded_by   text,
    recorded_at   timestamptz  not null,
    primary key (event_id, line_id)
);
create index line_history_by_line on line_history (unit, year, line_id, business_date);

create table payment (
    unit             varchar(6) not null,
    year             integer    not null,
    voucher          text       not null,
    line_id          uuid       not null,
    paid_on          date       not null,
    amount           bigint     not null,
    payee            text,
    summary          text,
    reversal_voucher text,
    reversed_on      date,
    primary key (unit, year, voucher)
);
create index payment_by_line on payment (unit, year, line_id);

create table payment_refusal (
    event_id   varchar(255) not null primary key,
    unit       varchar(6)   not null,
    year       integer      not null,
    voucher    text         not null,
    line_id    uuid         not null,
    refused_on date         not null,
    requested  bigint       not null,
    available  bigint       not null
);
create index payment_refusal_by_year on payment_refusal (unit, year, voucher);

create table adjustment_document (
    unit            varchar(6) not null,
    year            integer    not null,
    document_number text       not null,
    adjusted_on     date       not null,
    type            text       not null,
    reason          text,
    primary key (unit, year, document_number)
);

create table adjustment_entry (
    unit            varchar(6) not null,
    year            integer    not null,
    document_number text       not null,
    line_id         uuid       not null,
    amount          bigint     not null,
    primary key (unit, year, document_number, line_id)
);
