-- The vouchers each unit-year has used (VoucherRegisterTable): written by the command side in the transaction
-- that appends the payment or reversal, so the aggregate and its snapshot need not carry every voucher of a
-- busy year. A row holds the event that used the voucher: a payment (and the voucher that reversed it) or a
-- reversal.
create table voucher_register (
    unit        text    not null,
    year        integer not null,
    voucher     text    not null,
    payment     jsonb,
    reversal    jsonb,
    reversed_by text,
    primary key (unit, year, voucher),
    check ((payment is null) <> (reversal is null))
);

-- The vouchers used before this version, from the event store: the same JSON the events are stored as.
with recorded as (
    select payloadtype as type, convert_from(payload, 'UTF8')::jsonb as event
    from domainevententry
    where payloadtype in ('cn.budgetledger.api.events.PaymentRecordedEvent',
                          'cn.budgetledger.api.events.PaymentReversedEvent')
)
insert into voucher_register (unit, year, voucher, payment, reversal)
select split_part(event ->> 'budget', '-', 1), split_part(event ->> 'budget', '-', 2)::integer, event ->> 'voucher',
       case when type like '%PaymentRecordedEvent' then event end,
       case when type like '%PaymentReversedEvent' then event end
from recorded;

update voucher_register payment
set reversed_by = reversal.voucher
from voucher_register reversal
where reversal.unit = payment.unit and reversal.year = payment.year
  and reversal.reversal ->> 'originalVoucher' = payment.voucher;
