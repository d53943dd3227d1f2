-- The views and functions read models are read through, in their current definitions: this file is their one home.
-- Flyway runs it again whenever it changes (after the versioned migrations), so a change is made here and nowhere
-- else; the versioned migrations that first created them (V5_1, V5_2, V8_2, V8_3) stay as they were applied.
-- A view's columns may be added at the end but not renamed or retyped (create or replace view); to change them,
-- drop the view here first.

-- Views made for Grafana (dashboards/README.md documents every column). Grafana reads only these, never
-- the projections' tables, so a projection may change its tables as long as these views keep their
-- columns. Amounts are yuan (numeric, two decimals, exact); rates are percent rounded half-up to two
-- decimals for display. "parent" is the unit's department (主管部门, department_of_unit), 'none' for a unit
-- without one. Year figures stand as of today kept inside the year (the API's default asOf): a closed past year
-- as of 31 December, the current year as of today.

-- A unit's department (主管部门): the one an administrator set (unit_department), else the parent code of its
-- latest opened budget year that names one. The one notion of it: access control, the overview across units
-- (KnownUnits, BudgetLedgerRepository) and Grafana's views all read it here.
create or replace view department_of_unit as
select u.unit,
       coalesce(s.department::text, (select y.parent_code from budget_year y
                                     where y.unit = u.unit and y.parent_code is not null
                                     order by y.year desc limit 1)) as department
from (select unit from budget_year union select unit from unit_department) u
left join unit_department s on s.unit = u.unit;

create or replace view grafana_budget_unit as
select y.unit, y.unit_name, coalesce(d.department, 'none') as parent, y.year, y.closed_on,
       least(greatest(current_date, make_date(y.year, 1, 1)), make_date(y.year, 12, 31)) as as_of
from budget_year y
left join department_of_unit d on d.unit = y.unit;

-- Every line with its figures as of the unit-year's as_of: the whole months before its month from the monthly
-- roll-up, then the days of its own month, as the API computes it.
create or replace view grafana_line_balance as
with movements as (
    select m.unit, m.year, m.line_id, m.allocated, m.adjusted, m.paid, m.reversed, m.frozen, m.awaiting
    from line_month_movement m
    join grafana_budget_unit b on b.unit = m.unit and b.year = m.year
    where m.month < date_trunc('month', b.as_of)::date
    union all
    select d.unit, d.year, d.line_id, d.allocated, d.adjusted, d.paid, d.reversed, d.frozen, d.awaiting
    from line_day_movement d
    join grafana_budget_unit b on b.unit = d.unit and b.year = d.year
    where d.business_date >= date_trunc('month', b.as_of)::date and d.business_date <= b.as_of
), figures as (
    select m.unit, m.year, m.line_id,
           sum(m.allocated) as original,
           sum(m.allocated + m.adjusted) as adjusted,
           sum(m.paid - m.reversed) as executed,
           sum(m.frozen) as frozen,
           sum(m.awaiting) as awaiting
    from movements m
    group by m.unit, m.year, m.line_id
)
select b.unit, b.unit_name, b.parent, b.year, b.as_of,
       round((b.as_of - make_date(b.year, 1, 1) + 1) * 100.0
             / (make_date(b.year + 1, 1, 1) - make_date(b.year, 1, 1)), 2) as time_progress,
       l.line_id,
       l.project_name || ' · ' || l.functional_code || '/' || l.economic_code || ' · ' || l.fund_source
           || case when l.origin = '上年结转' then ' · 上年结转' else '' end as line,
       l.functional_code, l.economic_code, l.project_code, l.project_name, l.project_category, l.fund_source,
       (f.original / 100.0)::numeric(18, 2) as original,
       (f.adjusted / 100.0)::numeric(18, 2) as adjusted,
       (f.executed / 100.0)::numeric(18, 2) as executed,
       -- 可用余额 counts every commitment: adjusted − executed − frozen − awaiting review
       ((f.adjusted - f.executed - f.frozen - f.awaiting) / 100.0)::numeric(18, 2) as available,
       round(f.executed * 100.0 / nullif(f.adjusted, 0), 2) as execution_rate,
       l.origin,
       (f.frozen / 100.0)::numeric(18, 2) as frozen,
       (f.awaiting / 100.0)::numeric(18, 2) as awaiting_review
from grafana_budget_unit b
join budget_line l on l.unit = b.unit and l.year = b.year
join figures f on f.unit = l.unit and f.year = l.year and f.line_id = l.line_id;

-- Per project and month, cumulative to the month's last day: 执行率 against 序时进度. Months after the
-- unit-year's as_of are left out, so the current year's lines stop at the current month.
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

-- Indicators, targets and warnings for Grafana, by the formulas of indicators.md, as of the unit-year's as_of.
-- scope_figures and target_figures hold the exact figures the grafana_* views share; Grafana itself reads only
-- the grafana_* views.

-- Per unit-year, at three levels: the unit as a whole (scope '整体'), each project (its code) and each
-- line (its id). Amounts are exact yuan, rates exact percent.
create or replace view scope_figures as
with latest_refusal as (
    select distinct on (r.unit, r.year, r.voucher) r.unit, r.year, r.voucher, r.line_id, r.requested
    from refusal_attempt r
    join grafana_budget_unit b on b.unit = r.unit and b.year = r.year
    where r.refused_on <= b.as_of
    order by r.unit, r.year, r.voucher, r.refused_on desc, r.sequence_number desc
), unmet as (
    -- 运转保障率's unmet need: each voucher refused and not paid since, at its latest refusal's amount
    select lr.unit, lr.year, lr.line_id, sum(lr.requested) / 100.0 as unmet
    from latest_refusal lr
    join grafana_budget_unit b on b.unit = lr.unit and b.year = lr.year
    where not exists (select 1 from payment p
                      where p.unit = lr.unit and p.year = lr.year and p.voucher = lr.voucher and p.paid_on <= b.as_of)
    group by lr.unit, lr.year, lr.line_id
), line as (
    select lb.unit, lb.year, lb.project_code, lb.project_name, lb.line_id, lb.line,
           lb.original, lb.adjusted, lb.executed, lb.frozen, lb.awaiting_review,
           lb.project_category in ('人员类', '公用经费', '其他运转类') as operating,
           -- 三公经费控制率 counts 财政拨款 only (domain.md; FundSource.isFiscalAppropriation), not own income
           lb.economic_code in ('30212', '30217', '30231', '31013')
               and lb.fund_source in ('一般公共预算拨款', '政府性基金预算拨款', '国有资本经营预算拨款') as three_public,
           coalesce(u.unmet, 0) as unmet
    from grafana_line_balance lb
    left join unmet u on u.unit = lb.unit and u.year = lb.year and u.line_id = lb.line_id
), scope as (
    select unit, year, project_code, line_id,
           grouping(project_code, line_id) as rollup,
           max(project_name) as project_name, max(line) as line,
           sum(original) as original, sum(adjusted) as adjusted, sum(executed) as executed,
           sum(frozen) as frozen, sum(awaiting_review) as awaiting_review,
           coalesce(sum(executed) filter (where operating), 0) as met,
           coalesce(sum(unmet) filter (where operating), 0) as unmet,
           coalesce(sum(original) filter (where three_public), 0) as three_public_original,
           coalesce(sum(executed) filter (where three_public), 0) as three_public_executed
    from line
    group by grouping sets ((unit, year, project_code, line_id), (unit, year, project_code), (unit, year))
), adjustment as (
    -- 科目调整次数 counts documents, not entries: one document on two lines of a project counts once for it
    select e.unit, e.year, l.project_code, e.line_id, grouping(l.project_code, e.line_id) as rollup,
           count(distinct e.document_number) as documents
    from adjustment_entry e
    join adjustment_document d on d.unit = e.unit and d.year = e.year and d.document_number = e.document_number
    join budget_line l on l.unit = e.unit and l.year = e.year and l.line_id = e.line_id
    join grafana_budget_unit b on b.unit = e.unit and b.year = e.year
    where d.adjusted_on <= b.as_of
    group by grouping sets ((e.unit, e.year, l.project_code, e.line_id), (e.unit, e.year, l.project_code),
                            (e.unit, e.year))
)
select s.unit, b.unit_name, b.parent, s.year, b.as_of,
       (b.as_of - make_date(b.year, 1, 1) + 1) * 100.0
           / (make_date(b.year + 1, 1, 1) - make_date(b.year, 1, 1)) as time_progress,
       case s.rollup when 3 then '单位' when 1 then '项目' else '指标' end as level,
       case s.rollup when 3 then '整体' when 1 then s.project_code else s.line_id::text end as scope,
       case s.rollup when 3 then b.unit_name when 1 then s.project_name else s.line end as scope_name,
       s.project_code,
       s.original, s.adjusted, s.executed, s.adjusted - s.executed - s.frozen - s.awaiting_review as available,
       s.executed * 100.0 / nullif(s.adjusted, 0) as execution_rate,
       abs(s.executed - s.original) * 100.0 / nullif(s.original, 0) as accuracy_deviation,
       coalesce(a.documents, 0) as adjustment_count,
       s.met * 100.0 / nullif(s.met + s.unmet, 0) as operation_guarantee_rate,
       case when s.three_public_original = 0 and s.three_public_executed = 0 then 0
            else s.three_public_executed * 100.0 / nullif(s.three_public_original, 0)
       end as three_public_control_rate,
       s.unmet as refused_unpaid,
       s.frozen, s.awaiting_review,
       -- the parts of 运转保障率 and "三公经费"控制率, so a department's rates come from its summed parts
       s.met, s.three_public_original, s.three_public_executed
from scope s
join grafana_budget_unit b on b.unit = s.unit and b.year = s.year
left join adjustment a on a.unit = s.unit and a.year = s.year and a.rollup = s.rollup
                      and a.project_code is not distinct from s.project_code
                      and a.line_id is not distinct from s.line_id;

-- The indicators of indicators.md for the unit as a whole and each project, rounded for display.
create or replace view grafana_indicators as
select unit, unit_name, parent, year, as_of, round(time_progress, 2) as time_progress, level, scope, scope_name,
       original::numeric(18, 2) as original, adjusted::numeric(18, 2) as adjusted,
       executed::numeric(18, 2) as executed, available::numeric(18, 2) as available,
       round(execution_rate, 2) as execution_rate,
       round(accuracy_deviation, 2) as accuracy_deviation,
       adjustment_count,
       round(operation_guarantee_rate, 2) as operation_guarantee_rate,
       round(three_public_control_rate, 2) as three_public_control_rate,
       refused_unpaid::numeric(18, 2) as refused_unpaid,
       frozen::numeric(18, 2) as frozen, awaiting_review::numeric(18, 2) as awaiting_review
from scope_figures
where level in ('单位', '项目');

-- A department (主管部门, parent) as a level: its units of the year summed, as of their as_of (the same day for every
-- unit of a year), every rate computed from the department's exact sums, never an average of its units' rates; as
-- GET /api/departments/{department}/years/{year}/indicators answers. 科目调整次数 adds its units' documents.
create or replace view grafana_department_indicators as
select parent as department, year, max(as_of) as as_of, round(max(time_progress), 2) as time_progress,
       count(*) as unit_count,
       sum(original)::numeric(18, 2) as original, sum(adjusted)::numeric(18, 2) as adjusted,
       sum(executed)::numeric(18, 2) as executed, sum(available)::numeric(18, 2) as available,
       round(sum(executed) * 100.0 / nullif(sum(adjusted), 0), 2) as execution_rate,
       round(abs(sum(executed) - sum(original)) * 100.0 / nullif(sum(original), 0), 2) as accuracy_deviation,
       sum(adjustment_count) as adjustment_count,
       round(sum(met) * 100.0 / nullif(sum(met) + sum(refused_unpaid), 0), 2) as operation_guarantee_rate,
       case when sum(three_public_original) = 0 and sum(three_public_executed) = 0 then 0
            else round(sum(three_public_executed) * 100.0 / nullif(sum(three_public_original), 0), 2)
       end as three_public_control_rate,
       sum(frozen)::numeric(18, 2) as frozen, sum(awaiting_review)::numeric(18, 2) as awaiting_review
from scope_figures
where level = '单位'
group by parent, year;

-- A department's 执行率 month by month (each month's end, cumulative), summed over its units, against 序时进度.
create or replace view grafana_department_execution_by_month as
select parent as department, year, month, month_start, count(distinct unit) as unit_count,
       sum(adjusted) as adjusted, sum(executed) as executed,
       round(sum(executed) * 100.0 / nullif(sum(adjusted), 0), 2) as execution_rate,
       max(time_progress) as time_progress
from grafana_execution_by_month
group by parent, year, month, month_start;

-- Every performance target with its exact actual (computed by the ledger, or recorded for a manual
-- indicator) and whether it is met. threshold is where a gauge changes colour: the target, or just above
-- it for ≤ and > so that a value equal to a ≤ target stays green.
create or replace view target_figures as
with target as (
    select t.*, case when t.scope = '' then '整体' else t.scope end as scope_code,
           case t.comparator when 'AT_MOST' then '≤' when 'LESS_THAN' then '<' when 'EQUAL' then '='
                             when 'AT_LEAST' then '≥' when 'GREATER_THAN' then '>'
                             when 'QUALITATIVE' then '定性' end as symbol
    from performance_target t
), valued as (
    select t.*, b.unit_name, b.parent, b.as_of, coalesce(f.scope_name, t.scope_code) as scope_name,
           case t.indicator_key
               when '预算执行率' then f.execution_rate
               when '预算编制准确率' then f.accuracy_deviation
               when '科目调整次数' then f.adjustment_count
               when '运转保障率' then f.operation_guarantee_rate
               when '三公经费控制率' then f.three_public_control_rate
               else a.actual
           end as actual,
           t.indicator_key in ('预算执行率', '预算编制准确率', '科目调整次数', '运转保障率', '三公经费控制率') as computed
    from target t
    join grafana_budget_unit b on b.unit = t.unit and b.year = t.year
    left join scope_figures f on f.unit = t.unit and f.year = t.year and f.scope = t.scope_code
                             and f.level in ('单位', '项目')
    left join indicator_actual a on a.unit = t.unit and a.year = t.year and a.scope = t.scope
                                and a.indicator_key = t.indicator_key
)
select unit, unit_name, parent, year, as_of, scope_code as scope, scope_name, indicator, indicator_key,
       first_level, second_level, symbol as comparator, target_value as target, unit_of_measure, weight,
       direction, computed, position, actual,
       case symbol when '≤' then actual <= target_value when '<' then actual < target_value
                   when '=' then actual = target_value when '≥' then actual >= target_value
                   when '>' then actual > target_value end as meets,
       case when symbol in ('≤', '>') then target_value + 0.000001 else target_value end as threshold
from valued;

create or replace view grafana_indicator_targets as
select unit, unit_name, parent, year, scope, scope_name, indicator, indicator_key, first_level, second_level,
       comparator, target, unit_of_measure, weight, direction, computed, position, round(actual, 2) as actual,
       meets, threshold
from target_figures;

-- 预警: 执行进度滞后 (序时进度 − 执行率 above 5 / 10 / 20 points: 黄 / 橙 / 红) for the unit, each project
-- and each line with a budget; and each computed indicator that misses its target, tiered by its distance
-- from the target relative to the target on the same scale (any miss at least 黄, a missed zero target 红).
-- The tiers are the defaults of ledger.warnings.*; a deployment that changes those must change these too.
create or replace view grafana_warnings as
with tier(yellow, orange, red) as (values (5, 10, 20)),
behind as (
    select unit, unit_name, parent, year, as_of, level, scope, scope_name,
           '执行进度滞后' as warning, '预算执行率' as indicator,
           round(execution_rate, 2) as actual, round(time_progress, 2) as expected,
           time_progress - execution_rate as gap
    from scope_figures
    where adjusted > 0
), missed as (
    select unit, unit_name, parent, year, as_of, case when scope = '整体' then '单位' else '项目' end as level,
           scope, scope_name, '未达绩效目标' as warning, indicator, round(actual, 2) as actual,
           target as expected, abs(actual - target) * 100.0 / nullif(target, 0) as distance
    from target_figures
    where computed and not meets
)
select unit, unit_name, parent, year, as_of, level, scope, scope_name, warning, indicator, actual, expected,
       round(gap, 2) as deviation,
       case when gap > red then '红' when gap > orange then '橙' else '黄' end as tier,
       case when gap > red then 3 when gap > orange then 2 else 1 end as tier_rank
from behind, tier
where gap > yellow
union all
select unit, unit_name, parent, year, as_of, level, scope, scope_name, warning, indicator, actual, expected,
       round(distance, 2),
       case when distance is null or distance > red then '红' when distance > orange then '橙' else '黄' end,
       case when distance is null or distance > red then 3 when distance > orange then 2 else 1 end
from missed, tier;

-- Every figure "as of a date" sums a line's movements dated on or before it. This reads as few rows as it takes:
-- the whole months before the date's month from the monthly roll-up, then the days of its own month.
-- One definition for the ledger, the indicators and the public tables (an SQL function, inlined by the planner).
-- Grafana's views keep their own: a function runs with its caller's rights, and Grafana may read views only.
-- Its columns grew with 冻结 and 待审核 (V12_0_1): a function's result type cannot be replaced, only dropped.
drop function if exists line_movements_until(text[], integer, date);
create function line_movements_until(units text[], fiscal_year integer, as_of date)
    returns table (unit varchar, line_id uuid, allocated bigint, adjusted bigint, paid bigint, reversed bigint,
                   frozen bigint, awaiting bigint)
    language sql stable
as $$
    select m.unit, m.line_id, m.allocated, m.adjusted, m.paid, m.reversed, m.frozen, m.awaiting
    from line_month_movement m
    where m.unit = any(units) and m.year = fiscal_year and m.month < date_trunc('month', as_of)::date
    union all
    select d.unit, d.line_id, d.allocated, d.adjusted, d.paid, d.reversed, d.frozen, d.awaiting
    from line_day_movement d
    where d.unit = any(units) and d.year = fiscal_year
      and d.business_date >= date_trunc('month', as_of)::date and d.business_date <= as_of
$$;

-- 用款计划 against execution, per project and month, over the lines that have a plan (their current one): the plan
-- of each month and cumulative, and what those lines executed in the month and cumulative, as of the unit-year's
-- as_of (months after it have no execution yet: null).
create or replace view grafana_spending_plan_by_month as
with planned as (
    select distinct on (p.unit, p.year, p.line_id) p.unit, p.year, p.line_id, p.revision
    from spending_plan p
    order by p.unit, p.year, p.line_id, p.revision desc
), plan_month as (
    select p.unit, p.year, l.project_code, p.month, sum(p.amount) as plan
    from spending_plan p
    join planned c on c.unit = p.unit and c.year = p.year and c.line_id = p.line_id and c.revision = p.revision
    join budget_line l on l.unit = p.unit and l.year = p.year and l.line_id = p.line_id
    group by p.unit, p.year, l.project_code, p.month
), executed_month as (
    select d.unit, d.year, l.project_code, extract(month from d.business_date)::integer as month,
           sum(d.paid - d.reversed) as executed
    from line_day_movement d
    join planned c on c.unit = d.unit and c.year = d.year and c.line_id = d.line_id
    join budget_line l on l.unit = d.unit and l.year = d.year and l.line_id = d.line_id
    join grafana_budget_unit b on b.unit = d.unit and b.year = d.year
    where d.business_date <= b.as_of
    group by d.unit, d.year, l.project_code, extract(month from d.business_date)
), project as (
    select distinct on (l.unit, l.year, l.project_code) l.unit, l.year, l.project_code, l.project_name
    from budget_line l
    join planned c on c.unit = l.unit and c.year = l.year and c.line_id = l.line_id
    order by l.unit, l.year, l.project_code
), cumulative as (
    select p.unit, p.year, p.project_code, p.project_name, m.month,
           coalesce(x.plan, 0) as plan,
           sum(coalesce(x.plan, 0)) over running as cumulative_plan,
           coalesce(e.executed, 0) as executed,
           sum(coalesce(e.executed, 0)) over running as cumulative_executed
    from project p
    cross join generate_series(1, 12) as m(month)
    left join plan_month x on x.unit = p.unit and x.year = p.year and x.project_code = p.project_code
                          and x.month = m.month
    left join executed_month e on e.unit = p.unit and e.year = p.year and e.project_code = p.project_code
                              and e.month = m.month
    window running as (partition by p.unit, p.year, p.project_code order by m.month)
)
select b.unit, b.unit_name, b.parent, c.year, c.project_code, c.project_name, c.month,
       make_date(c.year, c.month, 1) as month_start,
       (c.plan / 100.0)::numeric(18, 2) as plan,
       (c.cumulative_plan / 100.0)::numeric(18, 2) as cumulative_plan,
       case when make_date(c.year, c.month, 1) <= b.as_of then (c.executed / 100.0)::numeric(18, 2) end as executed,
       case when make_date(c.year, c.month, 1) <= b.as_of
            then (c.cumulative_executed / 100.0)::numeric(18, 2) end as cumulative_executed
from cumulative c
join grafana_budget_unit b on b.unit = c.unit and b.year = c.year;
