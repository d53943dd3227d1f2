-- Indicators, targets and warnings for Grafana (dashboards/README.md), by the formulas of indicators.md,
-- as of the unit-year's as_of (see V5_1). scope_figures and target_figures hold the exact figures the
-- grafana_* views share; Grafana itself reads only the grafana_* views.

-- Per unit-year, at three levels: the unit as a whole (scope '整体'), each project (its code) and each
-- line (its id). Amounts are exact yuan, rates exact percent.
create view scope_figures as
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
           lb.original, lb.adjusted, lb.executed,
           lb.project_category in ('人员类', '公用经费', '其他运转类') as operating,
           lb.economic_code in ('30212', '30217', '30231', '31013') as three_public,
           coalesce(u.unmet, 0) as unmet
    from grafana_line_balance lb
    left join unmet u on u.unit = lb.unit and u.year = lb.year and u.line_id = lb.line_id
), scope as (
    select unit, year, project_code, line_id,
           grouping(project_code, line_id) as rollup,
           max(project_name) as project_name, max(line) as line,
           sum(original) as original, sum(adjusted) as adjusted, sum(executed) as executed,
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
       s.original, s.adjusted, s.executed, s.adjusted - s.executed as available,
       s.executed * 100.0 / nullif(s.adjusted, 0) as execution_rate,
       abs(s.executed - s.original) * 100.0 / nullif(s.original, 0) as accuracy_deviation,
       coalesce(a.documents, 0) as adjustment_count,
       s.met * 100.0 / nullif(s.met + s.unmet, 0) as operation_guarantee_rate,
       case when s.three_public_original = 0 and s.three_public_executed = 0 then 0
            else s.three_public_executed * 100.0 / nullif(s.three_public_original, 0)
       end as three_public_control_rate,
       s.unmet as refused_unpaid
from scope s
join grafana_budget_unit b on b.unit = s.unit and b.year = s.year
left join adjustment a on a.unit = s.unit and a.year = s.year and a.rollup = s.rollup
                      and a.project_code is not distinct from s.project_code
                      and a.line_id is not distinct from s.line_id;

-- The indicators of indicators.md for the unit as a whole and each project, rounded for display.
create view grafana_indicators as
select unit, unit_name, parent, year, as_of, round(time_progress, 2) as time_progress, level, scope, scope_name,
       original::numeric(18, 2) as original, adjusted::numeric(18, 2) as adjusted,
       executed::numeric(18, 2) as executed, available::numeric(18, 2) as available,
       round(execution_rate, 2) as execution_rate,
       round(accuracy_deviation, 2) as accuracy_deviation,
       adjustment_count,
       round(operation_guarantee_rate, 2) as operation_guarantee_rate,
       round(three_public_control_rate, 2) as three_public_control_rate,
       refused_unpaid::numeric(18, 2) as refused_unpaid
from scope_figures
where level in ('单位', '项目');

-- Every performance target with its exact actual (computed by the ledger, or recorded for a manual
-- indicator) and whether it is met. threshold is where a gauge changes colour: the target, or just above
-- it for ≤ and > so that a value equal to a ≤ target stays green.
create view target_figures as
with target as (
    select t.*, case when t.scope = '' then '整体' else t.scope end as scope_code,
           case t.comparator when 'AT_MOST' then '≤' when 'LESS_THAN' then '<' when 'EQUAL' then '='
                             when 'AT_LEAST' then '≥' when 'GREATER_THAN' then '>' end as symbol
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

create view grafana_indicator_targets as
select unit, unit_name, parent, year, scope, scope_name, indicator, indicator_key, first_level, second_level,
       comparator, target, unit_of_measure, weight, direction, computed, position, round(actual, 2) as actual,
       meets, threshold
from target_figures;

-- 预警: 执行进度滞后 (序时进度 − 执行率 above 5 / 10 / 20 points: 黄 / 橙 / 红) for the unit, each project
-- and each line with a budget; and each computed indicator that misses its target, tiered by its distance
-- from the target relative to the target on the same scale (any miss at least 黄, a missed zero target 红).
-- The tiers are the defaults of ledger.warnings.*; a deployment that changes those must change these too.
create view grafana_warnings as
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
