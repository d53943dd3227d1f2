-- 冻结 (issue 16): a freeze document reserves an amount of one line; its releases (解冻) give part or all of it back,
-- each on its own date. What is still frozen is the amount less the releases; the line's movements carry the same
-- amounts (line_day_movement.frozen), so the figures need neither table.
create table freeze_document (
    unit            varchar(6)  not null,
    year            integer     not null,
    document_number text        not null,
    line_id         uuid        not null,
    frozen_on       date        not null,
    amount          bigint      not null,
    kind            text        not null,
    reason          text        not null,
    recorded_by     text,
    recorded_at     timestamptz not null,
    primary key (unit, year, document_number)
);
create index freeze_document_by_date on freeze_document (unit, year, frozen_on);

create table freeze_release (
    event_id        varchar(255) not null primary key,
    unit            varchar(6)   not null,
    year            integer      not null,
    document_number text         not null,
    released_on     date         not null,
    amount          bigint       not null,
    recorded_by     text,
    recorded_at     timestamptz  not null
);
create index freeze_release_by_document on freeze_release (unit, year, document_number);
