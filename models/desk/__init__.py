"""Read models of the desk screens: client list, Beranda, caseload, course, audit views."""
