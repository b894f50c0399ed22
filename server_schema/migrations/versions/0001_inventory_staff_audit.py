"""inventory_staff_audit

Revision ID: 0001
Revises: None
"""

from server_schema.migrations.sqlfile import run_sql_file

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    run_sql_file(__file__)


def downgrade() -> None:
    raise NotImplementedError("EstateDesk upgrades forward only; restore a backup to go back")
