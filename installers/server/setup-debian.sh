#!/usr/bin/env bash
# Office server set-up on Debian 12+ / Ubuntu 22.04+ (PostgreSQL 15 or later), run as root
# on the server from a checkout of EstateDesk:
#   sudo bash installers/server/setup-debian.sh 192.168.1.0/24
# The argument is the office LAN allowed to connect (scram-sha-256 passwords).
# It installs PostgreSQL, makes it listen on the LAN, creates the UTF-8 database
# "estatedesk", installs the schema and asks for the first administrator's password.
set -euo pipefail
LAN="${1:?usage: setup-debian.sh LAN-CIDR (e.g. 192.168.1.0/24)}"
DB="${ESTATEDESK_DATABASE:-estatedesk}"
ADMIN_LOGIN="${ESTATEDESK_ADMIN:-admin}"
cd "$(dirname "$0")/../.."

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
MAJOR=$(ls /usr/lib/postgresql | sort -n | tail -1)
CONF=/etc/postgresql/$MAJOR/main
pg_ctlcluster "$MAJOR" main start 2>/dev/null || true

grep -q "^listen_addresses = '\*'" "$CONF/postgresql.conf" ||
  echo "listen_addresses = '*'" >> "$CONF/postgresql.conf"
grep -q "^password_encryption = 'scram-sha-256'" "$CONF/postgresql.conf" ||
  echo "password_encryption = 'scram-sha-256'" >> "$CONF/postgresql.conf"
grep -q "estatedesk-lan" "$CONF/pg_hba.conf" ||
  echo "host    all    all    $LAN    scram-sha-256    # estatedesk-lan" >> "$CONF/pg_hba.conf"
pg_ctlcluster "$MAJOR" main restart

su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"" | grep -q 1 ||
  su postgres -c "createdb -E UTF8 -T template0 '$DB'"

bash installers/install.sh
# The schema is installed as the postgres superuser. Its password is generated once and
# kept in a root-only file, for upgrades and backups from this machine.
PWFILE=/root/.estatedesk-superuser
if [ ! -s "$PWFILE" ]; then
  (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$PWFILE")
  su postgres -c "psql -qc \"ALTER USER postgres PASSWORD '$(cat "$PWFILE")'\""
fi
export ESTATEDESK_DB_URL="postgresql://postgres:$(cat "$PWFILE")@127.0.0.1:5432/$DB"
.venv/bin/python -m app.cli db upgrade
if ! .venv/bin/python -m app.cli user list | grep -q "^$ADMIN_LOGIN "; then
  echo "Password for the first administrator '$ADMIN_LOGIN':"
  .venv/bin/python -m app.cli user add "$ADMIN_LOGIN" --name 系统管理员 --role admin
fi
echo "Server ready: clients connect to $(hostname -I | awk '{print $1}'):5432, database $DB"
echo "Admin commands on this server, as root:"
echo "  export ESTATEDESK_DB_URL=postgresql://postgres:\$(cat $PWFILE)@127.0.0.1:5432/$DB"
echo "  $(pwd)/.venv/bin/estatedesk-admin user list"
