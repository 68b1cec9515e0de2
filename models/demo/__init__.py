"""The synthetic demo facility (python main.py demo)."""
