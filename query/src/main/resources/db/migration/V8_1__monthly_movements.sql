-- Each line's movements summed per month. A figure as of a date is then the sum of the whole months before
-- it plus the days of its own month: a few dozen rows per line instead of one per business day, which keeps
-- the all-units overview fast for a province's thousands of units.
create table line_month_movement (
    unit      varchar(6) not null,
    year      integer    not null,
    month     date       not null,
    line_id   uuid       not null,
    allocated bigint     not null default 0,
    adjusted  bigint     not null default 0,
    paid      bigint     not null default 0,
    reversed  bigint     not null default 0,
    primary key (unit, year, month, line_id)
);

insert into line_month_movement (unit, year, month, line_id, allocated, adjusted, paid, reversed)
select unit, year, date_trunc('month', business_date)::date, line_id,
       sum(allocated), sum(adjusted), sum(paid), sum(reversed)
from line_day_movement
group by unit, year, date_trunc('month', business_date), line_id;

-- The days of one month of a unit are then read by a range of this key.
alter table line_day_movement drop constraint line_day_movement_pkey;
alter table line_day_movement add primary key (unit, year, business_date, line_id);
