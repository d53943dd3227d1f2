-- The latest refused attempt of each voucher (VoucherRegisterTable), written by the command side in the transaction
-- that appends the refusal: a year loaded from a snapshot so knows, like a year read from its events, that the
-- same attempt sent again meets the same answer and is not a second refusal. A voucher later paid keeps its row
-- here; the payment in voucher_register comes first.
create table voucher_refusal (
    unit    text    not null,
    year    integer not null,
    voucher text    not null,
    refusal jsonb   not null,
    primary key (unit, year, voucher)
);

-- The refusals before this version, from the event store: the same JSON the events are stored as. An event whose
-- JSON jsonb cannot hold (an escaped NUL) is left out: a voucher with a NUL is refused as malformed from now on.
insert into voucher_refusal (unit, year, voucher, refusal)
select distinct on (unit, year, voucher) unit, year, voucher, event
from (select split_part(event ->> 'budget', '-', 1) as unit, split_part(event ->> 'budget', '-', 2)::integer as year,
             event ->> 'voucher' as voucher, event, globalindex
      from (select globalindex, convert_from(payload, 'UTF8')::jsonb as event
            from domainevententry
            where payloadtype = 'cn.budgetledger.api.events.PaymentRefusedEvent'
              and strpos(convert_from(payload, 'UTF8'), '\u0000') = 0) stored) refusals
order by unit, year, voucher, globalindex desc;
