"""intake and follow-ups

Revision ID: 0004
Revises: 0003
"""

from server_schema.migrations.sqlfile import run_sql_file

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file(__file__)


def downgrade() -> None:
    raise NotImplementedError("EstateDesk upgrades forward only; restore a backup to go back")
