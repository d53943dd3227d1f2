-- Grafana's views sum the monthly roll-up (V8_1) instead of every day's rows: a figure as of a date is the whole
-- months before its month plus the days of its own month, as the API computes it. Same columns, same figures.

create or replace view grafana_line_balance as
with movements as (
    select m.unit, m.year, m.line_id, m.allocated, m.adjusted, m.paid, m.reversed
    from line_month_movement m
    join grafana_budget_unit b on b.unit = m.unit and b.year = m.year
    where m.month < date_trunc('month', b.as_of)::date
    union all
    select d.unit, d.year, d.line_id, d.allocated, d.adjusted, d.paid, d.reversed
    from line_day_movement d
    join grafana_budget_unit b on b.unit = d.unit and b.year = d.year
    where d.business_date >= date_trunc('month', b.as_of)::date and d.business_date <= b.as_of
), figures as (
    select m.unit, m.year, m.line_id,
           sum(m.allocated) as original,
           sum(m.allocated + m.adjusted) as adjusted,
           sum(m.paid - m.reversed) as executed
    from movements m
    group by m.unit, m.year, m.line_id
)
select b.unit, b.unit_name, b.parent, b.year, b.as_of,
       round((b.as_of - make_date(b.year, 1, 1) + 1) * 100.0
             / (make_date(b.year + 1, 1, 1) - make_date(b.year, 1, 1)), 2) as time_progress,
       l.line_id,
       l.project_name || ' · ' || l.functional_code || '/' || l.economic_code || ' · ' || l.fund_source as line,
       l.functional_code, l.economic_code, l.project_code, l.project_name, l.project_category, l.fund_source,
       (f.original / 100.0)::numeric(18, 2) as original,
       (f.adjusted / 100.0)::numeric(18, 2) as adjusted,
       (f.executed / 100.0)::numeric(18, 2) as executed,
       ((f.adjusted - f.executed) / 100.0)::numeric(18, 2) as available,
       round(f.executed * 100.0 / nullif(f.adjusted, 0), 2) as execution_rate
from grafana_budget_unit b
join budget_line l on l.unit = b.unit and l.year = b.year
join figures f on f.unit = l.unit and f.year = l.year and f.line_id = l.line_id;

create or replace view grafana_execution_by_month as
with project as (
    select distinct on (l.unit, l.year, l.project_code) l.unit, l.year, l.project_code, l.project_name,
           l.project_category
    from budget_line l
    order by l.unit, l.year, l.project_code
), monthly as (
    select m.unit, m.year, l.project_code, extract(month from m.month)::integer as month,
           sum(m.allocated) as allocated,
           sum(m.adjusted) as adjusted,
           sum(m.paid - m.reversed) as executed
    from line_month_movement m
    join budget_line l on l.unit = m.unit and l.year = m.year and l.line_id = m.line_id
    group by m.unit, m.year, l.project_code, extract(month from m.month)
), cumulative as (
    select p.unit, p.year, p.project_code, p.project_name, p.project_category, m.month,
           sum(coalesce(x.allocated, 0)) over running as original,
           sum(coalesce(x.allocated + x.adjusted, 0)) over running as adjusted,
           sum(coalesce(x.executed, 0)) over running as executed
    from project p
    cross join generate_series(1, 12) as m(month)
    left join monthly x on x.unit = p.unit and x.year = p.year and x.project_code = p.project_code
                       and x.month = m.month
    window running as (partition by p.unit, p.year, p.project_code order by m.month)
)
select b.unit, b.unit_name, b.parent, c.year, c.project_code, c.project_name, c.project_category, c.month,
       make_date(c.year, c.month, 1) as month_start,
       (c.original / 100.0)::numeric(18, 2) as original,
       (c.adjusted / 100.0)::numeric(18, 2) as adjusted,
       (c.executed / 100.0)::numeric(18, 2) as executed,
       ((c.adjusted - c.executed) / 100.0)::numeric(18, 2) as available,
       round(c.executed * 100.0 / nullif(c.adjusted, 0), 2) as execution_rate,
       round(((make_date(c.year, c.month, 1) + interval '1 month')::date - make_date(c.year, 1, 1)) * 100.0
             / (make_date(c.year + 1, 1, 1) - make_date(c.year, 1, 1)), 2) as time_progress
from cumulative c
join grafana_budget_unit b on b.unit = c.unit and b.year = c.year
where make_date(c.year, c.month, 1) <= b.as_of;
