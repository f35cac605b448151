"""entente's domain core: the store, claims, loading, validation, reads, analysis and the CLI."""
