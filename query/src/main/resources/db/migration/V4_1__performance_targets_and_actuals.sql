-- Performance targets (绩效目标) and the actuals of manual indicators (projection "performance-targets").
-- scope is the project code, or '' for the unit as a whole (整体支出); indicator_key is the 三级指标
-- without quotes or spaces, so 「"三公经费"控制率」 and 「“三公经费”控制率」 are one target.

create table performance_target (
    unit            varchar(6) not null,
    year            integer    not null,
    scope           text       not null,
    indicator_key   text       not null,
    indicator       text       not null,
    first_level     text       not null,
    second_level    text       not null,
    comparator      text       not null,
    target_value    numeric    not null,
    unit_of_measure text       not null,
    weight          numeric    not null,
    direction       text       not null,
    -- the aggregate sequence number of the first setting: reports list targets in the order they were set
    position        bigint     not null,
    primary key (unit, year, scope, indicator_key)
);

create table indicator_actual (
    unit             varchar(6) not null,
    year             integer    not null,
    scope            text       not null,
    indicator_key    text       not null,
    actual           numeric    not null,
    deviation_reason text,
    primary key (unit, year, scope, indicator_key)
);
