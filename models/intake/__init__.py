"""Episodes of care and how a person comes in: intake, admission, consents."""
