-- The people who sign in. Passwords are BCrypt hashes ({bcrypt}…, Spring's delegating format).
create table ledger_user (
    username      varchar(64)  primary key,
    display_name  text         not null,
    password_hash varchar(128) not null,
    role          varchar(16)  not null check (role in ('ACCOUNTANT', 'LEADER', 'ADMIN')),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);

-- What a user may see: for an accountant unit codes, for a leader department (parent) codes; '*' stands
-- for every unit (the demo users, a finance bureau's inspector).
create table ledger_user_scope (
    username varchar(64) not null references ledger_user (username) on delete cascade,
    code     varchar(16) not null,
    primary key (username, code)
);
