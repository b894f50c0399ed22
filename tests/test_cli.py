"""The admin commands, run as a person would (in-process, against a cloned database): they
work, and bad input exits non-zero with a message and changes nothing."""

from __future__ import annotations

import io
import re

import pytest
import sqlalchemy as sa

from app.cli import EXIT_REFUSED, main
from app.services import auth
from app.services.errors import ErrorKind, UserError


@pytest.fixture
def url(clone) -> str:
    return clone.superuser_url.render_as_string(hide_password=False)


def run(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _roles_of(clone, login: str) -> list[str]:
    engine = clone.superuser_engine()
    with engine.connect() as conn:
        roles = conn.execute(sa.text(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :l ORDER BY 1"),
            {"l": login}).scalars().all()
    engine.dispose()
    return list(roles)


def test_db_status_and_upgrade(capsys, monkeypatch, url):
    code, out, _ = run(capsys, monkeypatch, "db", "status", "--url", url)
    assert code == 0 and "in sync: yes" in out
    code, out, _ = run(capsys, monkeypatch, "db", "upgrade", "--url", url)
    assert code == 0 and "schema at revision" in out


def test_user_add_then_log_in_then_disable(capsys, monkeypatch, clone, url):
    code, out, err = run(capsys, monkeypatch, "user", "add", "edt_liming", "--name", "李明",
                         "--role", "sales,finance", "--password-stdin", "--url", url,
                         stdin="Secret2026\n")
    assert code == 0, err
    assert _roles_of(clone, "edt_liming") == ["estatedesk_finance", "estatedesk_sales"]
    result = auth.login(clone.address, "edt_liming", "Secret2026")
    result.engine.dispose()
    assert result.session.full_name == "李明"

    code, out, _ = run(capsys, monkeypatch, "user", "list", "--url", url)
    assert code == 0 and "edt_liming" in out and "finance, sales" in out

    assert run(capsys, monkeypatch, "user", "disable", "edt_liming", "--url", url)[0] == 0
    with pytest.raises(UserError) as caught:
        auth.login(clone.address, "edt_liming", "Secret2026")
    assert caught.value.kind is ErrorKind.ACCOUNT_DISABLED


@pytest.mark.parametrize("args,stdin,words", [
    (["--role", "boss"], "Secret2026\n", "Unknown role"),
    (["--role", "sales"], "short\n", "at least 8"),
    (["--role", "sales"], "\n", "no password"),
])
def test_user_add_bad_input_changes_nothing(capsys, monkeypatch, clone, url, args, stdin,
                                            words):
    code, _, err = run(capsys, monkeypatch, "user", "add", "edt_bad", "--name", "坏",
                       *args, "--password-stdin", "--url", url, stdin=stdin)
    assert code == EXIT_REFUSED
    assert words in err
    assert _roles_of(clone, "edt_bad") == []


def test_user_add_existing_login_is_refused(capsys, monkeypatch, clone, url):
    code, _, err = run(capsys, monkeypatch, "user", "add", "edt_sales1", "--name", "重复",
                       "--role", "admin", "--password-stdin", "--url", url,
                       stdin="Secret2026\n")
    assert code == EXIT_REFUSED and "already exists" in err
    assert _roles_of(clone, "edt_sales1") == ["estatedesk_sales"]


def test_unknown_login_to_disable(capsys, monkeypatch, url):
    code, _, err = run(capsys, monkeypatch, "user", "disable", "edt_ghost", "--url", url)
    assert code == EXIT_REFUSED and "edt_ghost" in err


def test_units_template_and_import(capsys, monkeypatch, clone, url, tmp_path):
    sheet = tmp_path / "units.xlsx"
    assert run(capsys, monkeypatch, "units", "template", str(sheet), "--url", url)[0] == 0
    code, out, err = run(capsys, monkeypatch, "units", "import", str(sheet), "--project",
                         "命令行项目", "--url", url)
    assert code == 0, err
    assert "imported 1 units" in out


def test_unreadable_import_file(capsys, monkeypatch, url, tmp_path):
    code, _, err = run(capsys, monkeypatch, "units", "import", str(tmp_path / "none.xlsx"),
                       "--project", "X", "--url", url)
    assert code == EXIT_REFUSED and "cannot read" in err
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"\x00\x01 not excel")
    code, _, err = run(capsys, monkeypatch, "units", "import", str(junk), "--project", "X",
                       "--url", url)
    assert code == EXIT_REFUSED and "无法读取" in err


def test_demo_seed_and_backup_restore_round_trip(capsys, monkeypatch, clone, url, tmp_path):
    code, out, err = run(capsys, monkeypatch, "demo", "seed", "--url", url)
    assert code == 0, err
    assert "308 units in 3 buildings" in out
    dump = tmp_path / "office.dump"
    code, out, err = run(capsys, monkeypatch, "backup", str(dump), "--url", url)
    assert code == 0, err
    restored = f"{clone.name}_r"
    code, out, err = run(capsys, monkeypatch, "restore", str(dump), "--database", restored,
                         "--url", url)
    try:
        assert code == 0, err
        assert "all row counts match" in out
        assert "units" in out and "308" in out
    finally:
        engine = clone.superuser_engine()
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{restored}" WITH (FORCE)'))
        engine.dispose()
    # restoring over an existing database is refused
    code, _, err = run(capsys, monkeypatch, "restore", str(dump), "--database", clone.name,
                       "--url", url)
    assert code == EXIT_REFUSED and "already exists" in err


def test_bad_url_is_a_usage_error(capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "user", "list", "--url", "not a url")
    assert code == 2 and "not a database URL" in err


def test_unreachable_server_exits_with_connect_code(capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "user", "list", "--url",
                       "postgresql://x:y@127.0.0.1:1/estatedesk")
    assert code == 3 and "cannot be reached" in err


def test_channels_are_maintained_by_the_admin(capsys, monkeypatch, url):
    assert run(capsys, monkeypatch, "channels", "add", "抖音直播", "--url", url)[0] == 0
    assert run(capsys, monkeypatch, "channels", "disable", "户外广告", "--url", url)[0] == 0
    code, out, _ = run(capsys, monkeypatch, "channels", "list", "--url", url)
    assert code == 0 and re.search(r"抖音直播\s+active", out)
    assert re.search(r"户外广告\s+disabled", out)
    code, _, err = run(capsys, monkeypatch, "channels", "add", "抖音直播", "--url", url)
    assert code == EXIT_REFUSED and "already in the list" in err
    code, _, err = run(capsys, monkeypatch, "lost-reasons", "enable", "不存在", "--url", url)
    assert code == EXIT_REFUSED and "不存在" in err


def test_user_projects_names_a_manager_for_projects(capsys, monkeypatch, clone, url):
    engine = clone.superuser_engine()
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO estatedesk.projects (code, name) "
                             "VALUES ('CLI1', '命令行一期'), ('CLI2', '命令行二期')"))
    code, _, err = run(capsys, monkeypatch, "user", "add", "edt_jl", "--name", "经理",
                       "--role", "sales_manager", "--password-stdin", "--url", url,
                       stdin="Secret2026\n")
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, "user", "projects", "edt_jl", "--add", "CLI1",
                         "--add", "命令行二期", "--url", url)
    assert code == 0, err
    assert "命令行一期 (CLI1)" in out and "命令行二期 (CLI2)" in out
    code, out, _ = run(capsys, monkeypatch, "user", "projects", "edt_jl", "--remove", "CLI2",
                       "--url", url)
    assert code == 0 and "CLI1" in out and "CLI2" not in out
    code, _, err = run(capsys, monkeypatch, "user", "projects", "edt_jl", "--add", "NOPE",
                       "--url", url)
    assert code == EXIT_REFUSED and "NOPE" in err
    with engine.connect() as conn:
        named = conn.execute(sa.text(
            "SELECT p.code FROM estatedesk.project_managers pm JOIN estatedesk.projects p "
            "ON p.id = pm.project_id")).scalars().all()
    engine.dispose()
    assert named == ["CLI1"]
