-- Instances of the application alive on this database, so each claims only its fair share of every
-- event processor's segments (FairShareOfSegments). A row not refreshed for a while is a dead instance.
create table processor_node (
    node_id varchar(64) not null primary key,
    seen_at timestamptz not null
);
