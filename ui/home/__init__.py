"""The home screen (Beranda): the facility at a glance."""
