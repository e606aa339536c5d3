#!/usr/bin/env bash
# The one test command (run from anywhere): installs what is missing, starts a throwaway PostgreSQL on 127.0.0.1,
# and a throwaway Dovecot IMAP server on 127.0.0.1, builds the solution once, runs every test project on SQLite
# and PostgreSQL, and ends with one line "N passed, N failed". SQL Server is tested only when SERVICEDESK_TEST_SQLSERVER names a server.
# Usage: scripts/test.sh [solution or test project, default ServiceDesk.sln]
set -uo pipefail
cd "$(dirname "$0")/.."
target=${1:-ServiceDesk.sln}

say() { echo "test.sh: $*"; }

source scripts/postgres.sh

# --- What is missing (PostgreSQL is installed by start_postgres) ------------------------------------
# The end-to-end tests drive Debian's Chromium (never a browser that Playwright downloads); building the Api
# builds the web UI, which needs node and npm.
if [ ! -x /usr/bin/chromium ]; then
    say "installing Chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
        || { say "could not install Chromium"; exit 1; }
fi
# (Debian's own nodejs is too old for vite 7, so node is a prerequisite of the machine, not installed here.)
if ! command -v npm >/dev/null || ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)'; then
    say "node 20.19 or later with npm is needed to build the web UI (src/Ui)"; exit 1
fi
if ! command -v dovecot >/dev/null; then
    say "installing Dovecot"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dovecot-imapd >/dev/null \
        || { say "could not install Dovecot"; exit 1; }
fi
dotnet tool restore >/dev/null || { say "dotnet tool restore failed"; exit 1; }

# --- A throwaway PostgreSQL and Dovecot, stopped and removed however the script ends -----------------
imap_dir=$(mktemp -d /tmp/servicedesk-dovecot.XXXXXX)
stop_servers() {
    stop_postgres
    [ -f "$imap_dir/run/master.pid" ] && doveadm -c "$imap_dir/dovecot.conf" stop >/dev/null 2>&1
    rm -rf "$imap_dir"
}
trap stop_servers EXIT
trap 'exit 130' INT TERM

start_postgres || exit 1
if [ -z "${SERVICEDESK_TEST_SQLSERVER:-}" ]; then
    say "SQL Server tests not run: SERVICEDESK_TEST_SQLSERVER is not set"
fi

# --- A throwaway Dovecot: one passwd-file user, plain IMAP on 127.0.0.1, maildir owned by nobody ----
imap_port=$(free_port) || { say "no free port for Dovecot"; exit 1; }
imap_user=servicedesk
imap_password=$(tr -dc 'a-zA-Z0-9' </dev/urandom | head -c 24)
mkdir -p "$imap_dir/run" "$imap_dir/state" "$imap_dir/mail"
chmod 755 "$imap_dir"
printf '%s:{PLAIN}%s\n' "$imap_user" "$imap_password" >"$imap_dir/users"
chown nobody:nogroup "$imap_dir/mail"
cat >"$imap_dir/dovecot.conf" <<EOF
protocols = imap
listen = 127.0.0.1
base_dir = $imap_dir/run
state_dir = $imap_dir/state
log_path = $imap_dir/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mail_uid = nobody
mail_gid = nogroup
mail_location = maildir:$imap_dir/mail/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $imap_dir/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$imap_dir/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap_port
  }
  inet_listener imaps {
    port = 0
  }
}
EOF
dovecot -c "$imap_dir/dovecot.conf" || { cat "$imap_dir/dovecot.log" 2>/dev/null; say "Dovecot did not start"; exit 1; }
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$imap_port") 2>/dev/null && break; sleep 0.1; done
export SERVICEDESK_TEST_IMAP_HOST=127.0.0.1 SERVICEDESK_TEST_IMAP_PORT=$imap_port
export SERVICEDESK_TEST_IMAP_USER=$imap_user SERVICEDESK_TEST_IMAP_PASSWORD=$imap_password
say "Dovecot $(dovecot --version | cut -d' ' -f1) on 127.0.0.1:$imap_port"

# --- Build once, then test one project at a time so two cores are not starved -----------------------
dotnet build "$target" --nologo -v:minimal || { say "build failed"; exit 1; }
output=$(mktemp)
dotnet test "$target" --no-build --nologo -m:1 2>&1 | tee "$output"
test_status=${PIPESTATUS[0]}

# dotnet test prints one "Passed!/Failed! - Failed: x, Passed: y, Skipped: z" line per test assembly.
read -r passed failed skipped assemblies < <(
    sed -nE 's/^[[:space:]]*(Passed|Failed)! +- +Failed: +([0-9]+), +Passed: +([0-9]+), +Skipped: +([0-9]+).*/\2 \3 \4/p' "$output" |
    awk '{ failed += $1; passed += $2; skipped += $3; assemblies++ } END { print passed + 0, failed + 0, skipped + 0, assemblies + 0 }')
rm -f "$output"

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary+=", $skipped skipped"
echo "$summary"
# A crashed test host reports no failed test, but dotnet test still exits non-zero.
[ "$failed" -eq 0 ] && [ "$test_status" -eq 0 ] && [ "$assemblies" -gt 0 ]
