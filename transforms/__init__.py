"""Pipeline stages: pure functions that do the work, each wrapped by a thin Beam transform."""
