"""The 交易 (Deals) screen: deal list and detail, approvals, change requests, sale dialogs."""
