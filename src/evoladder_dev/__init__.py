"""Development tooling the product never imports: benchmarks, drills, the Discord test harness,
the synthetic ladder and throwaway PostgreSQL clusters. ``evoladder-dev bench|drill`` runs them."""
