-- Qualitative targets (定性指标): the 指标值 is text (qualitative_value) instead of a number, and the actual
-- is a 完成等级 (level: 达成, 部分达成, 未达成) with the points given inside its band instead of a number.
alter table performance_target
    alter column target_value drop not null,
    add column qualitative_value text;

alter table indicator_actual
    alter column actual drop not null,
    add column level text,
    add column points numeric;
