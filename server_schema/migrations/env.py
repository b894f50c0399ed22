"""Alembic environment: always driven from server_schema.upgrade() with a live connection
(already inside its transaction, already SET ROLE to the table owner)."""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through `estatedesk-admin db upgrade`, not alembic directly")

context.configure(
    connection=connection,
    version_table_schema="estatedesk",
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
