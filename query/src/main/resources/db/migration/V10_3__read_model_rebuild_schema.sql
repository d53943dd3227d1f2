-- Where an administrator's rebuild of the read models writes (ShadowTables): empty copies of the read-model tables,
-- made and dropped by each rebuild, whose rows replace those in use only once the whole store is through. Created
-- here, by the migrations' owner, so the application needs no right to create schemas.
create schema if not exists read_model_rebuild;
