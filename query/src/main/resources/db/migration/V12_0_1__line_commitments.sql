-- 冻结 and 待审核 (issue 16) are movements of a line like its payments: a freeze adds to frozen on its date, a
-- release (解冻) subtracts on its own; an entry awaiting review adds to awaiting on its date, and its approval or
-- return subtracts it again on that same date. So a line's commitments as of any date are sums like its figures.
alter table line_day_movement add column frozen bigint not null default 0, add column awaiting bigint not null default 0;
alter table line_month_movement add column frozen bigint not null default 0, add column awaiting bigint not null default 0;
