"""Column types shared by several tables and portable between SQLite and PostgreSQL."""
from __future__ import annotations

import json
from typing import Any

from peewee import TextField


class JSONTextField(TextField):
    """JSON kept as text: the same bytes on SQLite and PostgreSQL, stable key order.

    Used for frozen payloads (issued documents, questionnaire answers) whose exact
    content matters more than being queryable; anything a screen filters on gets a
    column of its own.
    """

    def db_value(self, value: Any) -> str | None:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def python_value(self, value: str | None) -> Any:
        if value is None:
            return None
        return json.loads(value)
