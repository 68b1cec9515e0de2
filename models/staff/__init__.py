"""Staff members and the rights of their roles."""
