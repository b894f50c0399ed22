"""Finance screen UI tests."""
