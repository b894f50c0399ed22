"""The live sales control chart (销控图): painted view, model, legend, filters, actions,
live updates, print and export."""
