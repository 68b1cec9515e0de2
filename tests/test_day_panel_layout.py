"""Every Beranda section box has its place in the panel's grid, in one column and in two.

A box left out of the grid is still a child of the panel: when its section has rows it is
shown at the panel's top-left corner, over the other lists (the rumatan review list was)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ui.home.day_panel import DayPanel


def test_every_section_box_sits_in_the_grid(qtbot):
    panel = DayPanel()
    qtbot.addWidget(panel)
    for columns in (1, 2):
        panel._arrange(columns)
        missing = [key for key, box in panel.boxes.items() if panel.grid.indexOf(box) < 0]
        assert missing == [], f"{columns} column(s): not in the grid: {missing}"
