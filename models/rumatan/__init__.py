"""Methadone maintenance (PTRM): orders, dispensing, stock, the window and its reports."""
