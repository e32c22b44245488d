// Rebound's small behaviours. Loaded as a file (never inline) so the CSP can forbid inline scripts.
