"""The operation runner: outcomes arrive on the GUI thread; a newer request under the same
key makes the older one's result disappear."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from app.ui.common.operations import OperationRunner


@pytest.fixture
def runner(qapp):
    runner = OperationRunner()
    yield runner
    runner.wait_for_done(5000)


def test_result_is_delivered_on_the_gui_thread(qtbot, qapp, runner):
    worker_threads, results, gui_threads = [], [], []

    def work():
        worker_threads.append(threading.current_thread())
        return 42

    def done(value):
        results.append(value)
        gui_threads.append(QThread.currentThread())

    runner.run("answer", work, done)
    qtbot.waitUntil(lambda: results == [42])
    assert worker_threads[0] is not threading.main_thread()
    assert gui_threads == [qapp.thread()]


def test_exception_goes_to_on_failure_on_the_gui_thread(qtbot, qapp, runner):
    failures = []

    def work():
        raise ValueError("boom")

    runner.run("bad", work, lambda _v: pytest.fail("no result expected"),
               lambda error: failures.append((error, QThread.currentThread())))
    qtbot.waitUntil(lambda: len(failures) == 1)
    error, thread = failures[0]
    assert isinstance(error, ValueError) and str(error) == "boom"
    assert thread == qapp.thread()


def test_superseded_result_is_dropped(qtbot, runner):
    release_first = threading.Event()
    results = []

    def slow():
        release_first.wait(5)
        return "old"

    runner.run("search", slow, results.append)
    runner.run("search", lambda: "new", results.append)
    qtbot.waitUntil(lambda: results == ["new"])
    release_first.set()
    runner.wait_for_done(5000)
    qtbot.wait(50)  # let the old result's queued signal arrive: it must be dropped
    assert results == ["new"]
    assert not runner.is_busy()


def test_different_keys_do_not_supersede_each_other(qtbot, runner):
    results = []
    runner.run("a", lambda: "a", results.append)
    runner.run("b", lambda: "b", results.append)
    qtbot.waitUntil(lambda: sorted(results) == ["a", "b"])


def test_cancel_drops_the_result_and_busy_signal_brackets_the_work(qtbot, runner):
    results, busy = [], []
    runner.busy_changed.connect(busy.append)
    gate = threading.Event()
    runner.run("load", lambda: gate.wait(5) and "done", results.append)
    assert runner.is_busy("load")
    runner.cancel("load")
    gate.set()
    with qtbot.waitSignal(runner.busy_changed, timeout=5000):
        pass
    assert busy == [True, False]
    assert results == []


def test_gui_thread_collector_turns_off_automatic_collection(qapp):
    import gc

    from app.ui.common.gc_guard import GuiThreadGarbageCollector

    was_enabled = gc.isenabled()
    collector = GuiThreadGarbageCollector(interval_ms=10)
    try:
        assert not gc.isenabled()
        garbage = [[] for _ in range(gc.get_threshold()[0] + 10)]
        for item in garbage:
            item.append(item)  # cycles only the collector can free
        del garbage, item
        assert gc.get_count()[0] > gc.get_threshold()[0]
        collector.check()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        collector.stop()
        if not was_enabled:
            gc.disable()


def test_results_after_the_runner_is_deleted_are_dropped_quietly(qapp, qtbot):
    """A window closed while its work ran: the worker finds nobody to tell, and says nothing."""
    import threading

    import shiboken6

    from app.ui.common.operations import OperationRunner

    started, release = threading.Event(), threading.Event()
    runner = OperationRunner()
    pool = runner._pool
    pool.setParent(None)            # keep the pool (and its thread) alive past the runner
    delivered = []

    def slow() -> str:
        started.set()
        release.wait(5)
        return "late"

    runner.run("k", slow, delivered.append)
    assert started.wait(5)
    shiboken6.delete(runner)
    release.set()
    assert pool.waitForDone(5000)
    qtbot.wait(50)
    assert delivered == []
