-- Every instance keeps the users it has read (UserDirectory) while it hears of no change: any change to a user or a
-- scope, by any instance or by hand, is announced on commit.
create function ledger_user_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('ledger_user_changed', '');
    return null;
end
$$;

create trigger ledger_user_changed after insert or update or delete or truncate on ledger_user
    for each statement execute function ledger_user_changed();

create trigger ledger_user_scope_changed after insert or update or delete or truncate on ledger_user_scope
    for each statement execute function ledger_user_changed();
