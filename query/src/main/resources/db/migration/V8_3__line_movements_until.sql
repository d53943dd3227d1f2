-- Every figure "as of a date" sums a line's movements dated on or before it. This reads as few rows as it takes:
-- the whole months before the date's month from the monthly roll-up (V8_1), then the days of its own month.
-- One definition for the ledger, the indicators and the public tables (an SQL function, inlined by the planner).
-- Grafana's views keep their own (V8_2): a function runs with its caller's rights, and Grafana may read views only.
create function line_movements_until(units text[], fiscal_year integer, as_of date)
    returns table (unit varchar, line_id uuid, allocated bigint, adjusted bigint, paid bigint, reversed bigint)
    language sql stable
as $$
    select m.unit, m.line_id, m.allocated, m.adjusted, m.paid, m.reversed
    from line_month_movement m
    where m.unit = any(units) and m.year = fiscal_year and m.month < date_trunc('month', as_of)::date
    union all
    select d.unit, d.line_id, d.allocated, d.adjusted, d.paid, d.reversed
    from line_day_movement d
    where d.unit = any(units) and d.year = fiscal_year
      and d.business_date >= date_trunc('month', as_of)::date and d.business_date <= as_of
$$;
