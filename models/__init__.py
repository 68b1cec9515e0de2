"""The domain layer of Pulih: tables, rules and queries, in layered packages (see README.md,
"Where things go"). No Qt, no PDF. This file imports nothing: importing one module loads
only what that module needs."""
