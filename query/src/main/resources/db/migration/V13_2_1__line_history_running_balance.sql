-- A line's history reads a running 可用余额 (issue 17): each row keeps its event's place in the unit-year (sequence)
-- and how it moved the balance (available_change); a payment entry's approval gives its reservation back in a row of
-- its own; the carry-forward is named in both years (结转到下年 in the closing year, 上年结转 in the next). What the
-- projection now writes for new events, written here for the events already projected, so a rebuild reads the same.
alter table line_history add column sequence bigint, add column available_change bigint not null default 0;

update line_history h set sequence = e.sequencenumber
from domainevententry e
where e.eventidentifier = h.event_id;

update line_history set kind = '结转到下年' where kind = '结转';

update line_history h set kind = '上年结转'
from budget_line l
where l.unit = h.unit and l.year = h.year and l.line_id = h.line_id and l.origin = '上年结转' and h.kind = '年初预算';

update line_history set available_change = case
    when kind in ('年初预算', '上年结转', '更正', '冲销', '解冻', '退回') or kind like '科目调整%' then amount
    when kind in ('支付', '冻结', '制单（待审核）', '结转到下年', '结余') then -amount
    else 0 end;

-- an approval decides the entry on its voucher just before it; a payment entry's approval releases its amount
insert into line_history (event_id, line_id, unit, year, business_date, kind, document, amount, detail, recorded_by,
                          recorded_at, sequence, available_change)
select e.eventidentifier, entry.line_id, d.unit, d.year, entry.entered_on, '审核通过', d.voucher, entry.amount,
       '审核通过，释放制单时占用的可用余额', d.decided_by, d.decided_at, d.sequence, entry.amount
from entry_decision d
join domainevententry e on e.aggregateidentifier = d.unit || '-' || d.year and e.sequencenumber = d.sequence
cross join lateral (select p.line_id, p.entered_on, p.amount, p.kind
                    from payment_entry p
                    where p.unit = d.unit and p.year = d.year and p.voucher = d.voucher and p.sequence < d.sequence
                    order by p.sequence desc
                    limit 1) entry
where d.status = '已通过' and entry.kind = 'payment' and entry.amount <> 0
on conflict (event_id, line_id) do nothing;
