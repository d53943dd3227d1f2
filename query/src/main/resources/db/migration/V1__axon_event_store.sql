-- Axon's JDBC storage engine and token store, in the shape of its Postgres table factories:
-- a BIGSERIAL global index and bytea payloads (never large objects).

create table domainevententry (
    globalindex         bigserial    not null,
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255),
    eventidentifier     varchar(255) not null,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    primary key (globalindex),
    unique (aggregateidentifier, sequencenumber),
    unique (eventidentifier)
);

create table snapshotevententry (
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255) not null,
    eventidentifier     varchar(255) not null,
    metadata            bytea,
    payload             bytea        not null,
    payloadrevision     varchar(255),
    payloadtype         varchar(255) not null,
    timestamp           varchar(255) not null,
    primary key (aggregateidentifier, sequencenumber),
    unique (eventidentifier)
);

create table tokenentry (
    processorname varchar(255) not null,
    segment       integer      not null,
    token         bytea,
    tokentype     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorname, segment)
);

create table deadletterentry (
    deadletteridentifier varchar(255)  not null,
    processinggroup      varchar(255)  not null,
    sequenceidentifier   varchar(255)  not null,
    sequenceindex        bigint        not null,
    messagetype          varchar(255)  not null,
    eventidentifier      varchar(255)  not null,
    timestamp            varchar(255)  not null,
    payloadtype          varchar(255)  not null,
    payloadrevision      varchar(255),
    payload              bytea         not null,
    metadata             bytea,
    type                 varchar(255),
    aggregateidentifier  varchar(255),
    sequencenumber       bigint,
    tokentype            varchar(255),
    token                bytea,
    enqueuedat           varchar(255)  not null,
    lasttouched          varchar(255),
    processingstarted    varchar(255),
    causetype            varchar(255),
    causemessage         varchar(1023),
    diagnostics          bytea,
    constraint deadletterentry_pk primary key (deadletteridentifier),
    constraint sequenceindex_index unique (processinggroup, sequenceidentifier, sequenceindex)
);
create index processinggroup_index on deadletterentry (processinggroup);
create index sequenceidentifier_index on deadletterentry (processinggroup, sequenceidentifier);
