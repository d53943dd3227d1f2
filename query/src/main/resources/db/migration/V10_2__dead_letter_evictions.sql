-- The read models' dead letters live in Axon's deadletterentry (V1). An administrator who gives up on one (evicts
-- it: the read models will never show that event) leaves a trace here: who, when, why, and the event as it was.
create table dead_letter_eviction (
    id                  bigserial    primary key,
    processing_group    varchar(255) not null,
    sequence_identifier varchar(255) not null,
    event_identifier    varchar(255) not null,
    payload_type        varchar(255) not null,
    payload             bytea        not null,
    cause_message       varchar(1023),
    reason              text         not null,
    evicted_by          varchar(255) not null,
    evicted_at          timestamptz  not null default now()
);
