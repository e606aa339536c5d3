# Sourced by scripts/test.sh and benchmarks/run.sh (which define say): a throwaway PostgreSQL on 127.0.0.1.
# start_postgres exports SERVICEDESK_TEST_POSTGRES; stop_postgres stops the server and removes its files.

# As root, PostgreSQL runs as its own user; a developer without root runs it as themselves.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

free_port() {
    local port
    for _ in $(seq 100); do
        port=$((20000 + RANDOM % 40000))
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
    done
    return 1
}

start_postgres() {
    if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
        say "installing PostgreSQL"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
            || { say "could not install PostgreSQL"; return 1; }
    fi
    pg_bin=$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -1)")
    pg_dir=$(mktemp -d /tmp/servicedesk-postgres.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres: "$pg_dir"
    local port password
    port=$(free_port) || { say "no free port for PostgreSQL"; return 1; }
    password=$(tr -dc 'a-zA-Z0-9' </dev/urandom | head -c 24)
    printf '%s\n' "$password" >"$pg_dir/password"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$pg_dir/password"
    # Local socket for the admin, a password on 127.0.0.1, and nothing else listening.
    as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 --pwfile="$pg_dir/password" >"$pg_dir/initdb.log" 2>&1 \
        || { cat "$pg_dir/initdb.log"; say "initdb failed"; return 1; }
    # Durability is pointless for a database that is thrown away: fsync off keeps the disk out of the way.
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w \
        -o "-k $pg_dir -c listen_addresses=127.0.0.1 -p $port -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { cat "$pg_dir/postgres.log"; say "PostgreSQL did not start"; return 1; }
    export SERVICEDESK_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=postgres"
    say "PostgreSQL $(basename "$(dirname "$pg_bin")") on 127.0.0.1:$port"
}

stop_postgres() {
    [ -n "${pg_dir:-}" ] || return 0
    as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1
    rm -rf "$pg_dir"
}
