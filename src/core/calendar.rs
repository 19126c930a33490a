//! Working days (hari kerja) in Pontianak: Monday-Friday minus national holidays and,
//! when the office counts them, cuti bersama.
