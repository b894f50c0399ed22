"""佣金: the parts of the finance screen's commissions tab (app/ui/finance/commissions_tab.py) —
the table models, the rules editor for managers and the Excel export off the GUI thread."""
