"""The database: connection, schema and migrations, encryption, the SQLite file, PostgreSQL
roles."""
