"""The document screens: the register (search, copies, voiding, certificates of a period),
the SKHPN desk and examination, the preview and printing of PDFs, checking a paper's QR,
the signing keys, and the letters printed from a client's record."""
