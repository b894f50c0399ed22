"""price plans

Revision ID: 0006
Revises: 0005
"""

from server_schema.migrations.sqlfile import run_sql_file

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file(__file__)


def downgrade() -> None:
    raise NotImplementedError("EstateDesk upgrades forward only; restore a backup to go back")
