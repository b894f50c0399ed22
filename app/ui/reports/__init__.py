"""报表: every report of app.services.reports on one screen, with Excel export."""
