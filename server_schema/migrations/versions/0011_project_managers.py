"""project managers

Revision ID: 0011
Revises: 0010
"""

from server_schema.migrations.sqlfile import run_sql_file

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file(__file__)


def downgrade() -> None:
    raise NotImplementedError("EstateDesk upgrades forward only; restore a backup to go back")
