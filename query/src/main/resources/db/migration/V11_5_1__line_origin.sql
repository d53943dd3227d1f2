-- A line's origin (指标来源) is part of its identity: 本年 (this year's appropriation) or 上年结转 (carried
-- from last year, keeping its fund source). Lines carried before origins existed were stored under the pseudo
-- fund source 上年结转结余: they are carried money. Their line ids do not change.
alter table budget_line add column origin text not null default '本年';
update budget_line set origin = '上年结转' where fund_source = '上年结转结余';
