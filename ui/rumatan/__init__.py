"""The rumatan (maintenance therapy) dispensing window, its stock and the dose chart."""
