-- Every refusal with its place in the unit-year's event order (projection "indicator-refusals"), so
-- "the latest refusal of a voucher as of a date" is well defined even for two refusals on one day.
-- It feeds 运转保障率.

create table refusal_attempt (
    unit            varchar(6) not null,
    year            integer    not null,
    sequence_number bigint     not null,
    voucher         text       not null,
    line_id         uuid       not null,
    refused_on      date       not null,
    requested       bigint     not null,
    primary key (unit, year, sequence_number)
);
create index refusal_attempt_by_voucher on refusal_attempt (unit, year, voucher, refused_on);
