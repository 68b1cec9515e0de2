"""Monthly tallies, indicators, targets and data exchange with provincial offices."""
