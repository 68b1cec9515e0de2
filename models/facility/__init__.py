"""The facility itself: its record, settings and number sequences."""
