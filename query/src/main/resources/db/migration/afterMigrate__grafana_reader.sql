-- Runs after every migration: where a role named grafana exists (the compose stack creates it for
-- Grafana's datasource), it may read the grafana_* views and nothing else. A view reads its tables with
-- its owner's rights, so Grafana never needs, nor gets, the projections' tables.
do $$
declare
    view record;
begin
    if exists (select 1 from pg_roles where rolname = 'grafana') then
        for view in select table_name from information_schema.views
                    where table_schema = current_schema() and table_name like 'grafana\_%' loop
            execute format('grant select on %I to grafana', view.table_name);
        end loop;
    end if;
end
$$;
