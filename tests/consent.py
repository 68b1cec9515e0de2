"""Test helper: the general consent an episode needs before admission
(models/intake/admission.py)."""
from __future__ import annotations

import datetime as dt

from models.intake import intake


def consented(desk, episode_id: int, signed_on: dt.date | None = None,
              signed_by: str = "Klien sendiri") -> int:
    """Record a general consent on ``episode_id`` (on its report date unless given); returns
    the episode id, so a helper can wrap ``open_episode``."""
    from models.intake.episode import Episode
    if signed_on is None:
        signed_on = Episode.get_by_id(episode_id).reported_on
    intake.record_consent(desk, episode_id, "general", signed_on, signed_by)
    return episode_id

#: The confirmation a "completed" discharge before the program's last phase needs
#: (models/care/discharge.py); harmless when the client is already in the last phase.
EARLY = "Tujuan program tercapai lebih awal (uji)"
