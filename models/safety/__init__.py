"""Sign-in and accounts, and the audit trail of every act."""
