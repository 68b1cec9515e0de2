"""Papers: the register, numbering, issuing, letters, SKHPN, verification and trust between
facilities."""
