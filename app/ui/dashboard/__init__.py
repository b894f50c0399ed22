"""决策看板: the executive dashboard screen (app.services.dashboard on one page)."""
