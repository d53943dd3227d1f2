-- Usernames are unique regardless of case: ADMIN, Admin and admin were three users, two of them easy to mistake
-- for the third. Existing duplicates are kept, not merged or deleted (their names are in the events they
-- recorded): within each group the oldest user (then the first name in code-point order) keeps its name, the
-- others are renamed <name>-dup<n> and disabled, for an administrator to look at (enable, reset the password).
create temporary table renamed_user on commit drop as
select username as old_name, left(username, 56) || '-dup' || n as new_name
from (select username, row_number() over (partition by lower(username) order by created_at, username collate "C") as n
      from ledger_user) numbered
where n > 1;

alter table ledger_user_scope drop constraint ledger_user_scope_username_fkey;

update ledger_user u set username = r.new_name, enabled = false from renamed_user r where u.username = r.old_name;
update ledger_user_scope s set username = r.new_name from renamed_user r where s.username = r.old_name;

alter table ledger_user_scope add constraint ledger_user_scope_username_fkey
    foreign key (username) references ledger_user (username) on delete cascade on update cascade;

create unique index ledger_user_username_lower on ledger_user (lower(username));
