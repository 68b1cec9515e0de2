"""Signing keys, the seal format printed on papers, and signed checkpoints over the audit trail."""
